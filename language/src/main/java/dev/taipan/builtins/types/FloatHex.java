package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/** float.hex() and float.fromhex() in CPython's format ({@code 0x1.8000000000000p+1}). */
final class FloatHex {
    private FloatHex() {
    }

    @TruffleBoundary
    static String toHex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            return (1.0 / x < 0 ? "-" : "") + "0x0.0p+0";
        }
        StringBuilder sb = new StringBuilder();
        if (x < 0) {
            sb.append('-');
            x = -x;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (exp == 0) {
            // subnormals keep a leading 0 digit and the minimum exponent, like CPython
            return sb.append("0x0.").append(String.format("%013x", mantissa)).append("p-1022").toString();
        }
        int e = exp - 1023;
        sb.append("0x1.").append(String.format("%013x", mantissa)).append('p').append(e >= 0 ? "+" : "").append(e);
        return sb.toString();
    }

    @TruffleBoundary
    static double fromHex(String text) {
        String s = text.strip().toLowerCase();
        try {
            if (s.equals("inf") || s.equals("+inf") || s.equals("infinity") || s.equals("+infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (s.equals("-inf") || s.equals("-infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
            if (s.equals("nan") || s.equals("+nan") || s.equals("-nan")) {
                return Double.NaN;
            }
            String t = s;
            if (!t.contains("p")) {
                t = t + "p0";
            }
            boolean neg = t.startsWith("-");
            if (t.startsWith("-") || t.startsWith("+")) {
                t = t.substring(1);
            }
            if (!t.startsWith("0x")) {
                t = "0x" + t;
            }
            double d = Double.parseDouble(t);
            if (Double.isInfinite(d)) {
                throw PythonErrors.overflowError("hexadecimal value too large to represent as a float");
            }
            return neg ? -d : d;
        } catch (NumberFormatException e) {
            throw PythonErrors.valueError("invalid hexadecimal floating-point string");
        }
    }
}
