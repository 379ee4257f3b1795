package dev.taipan.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.numbers.FloatRepr;

/**
 * {@code float.__format__} and the float conversions of %-formatting: e E f F g G n % and the
 * default (repr-like) presentation. Rounding is exact (BigDecimal of the binary value, half to
 * even), which is what CPython's dtoa does.
 */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    @TruffleBoundary
    public static String format(double value, String specText, String typeName) {
        return format(value, FormatSpec.parse(specText, typeName, '>', '\0'), typeName);
    }

    @TruffleBoundary
    public static String format(double value, FormatSpec spec, String typeName) {
        char type = spec.type();
        int precision = spec.precision();
        boolean addDot0 = false;
        switch (type) {
            case 0:
                addDot0 = true;
                type = precision < 0 ? 'r' : 'g';
                break;
            case 'n':
                type = 'g';
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                break;
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        if (precision < 0 && type != 'r') {
            precision = 6;
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        double a = Math.abs(value);
        String suffix = "";
        if (type == '%') {
            a *= 100;
            type = 'f';
            suffix = "%";
        }
        String body = Double.isFinite(a) ? digits(a, type, precision, spec.alternate(), addDot0) : special(a, type);
        if (negative && spec.noNegativeZero() && isZero(body)) {
            negative = false;
        }
        // split into the integer part (grouped) and the rest (fraction, exponent, '%')
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        String head = spec.signFor(negative);
        String rest = body.substring(intEnd) + suffix;
        String intPart = Double.isFinite(a) ? DigitGrouping.apply(body.substring(0, intEnd), spec, 3, head.length() + rest.length()) : body.substring(0, intEnd);
        return spec.padNumber(head, intPart + rest);
    }

    private static String special(double a, char type) {
        String s = Double.isNaN(a) ? "nan" : "inf";
        return Character.isUpperCase(type) ? s.toUpperCase() : s;
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** The digits of non-negative finite {@code a} in presentation {@code type}. */
    static String digits(double a, char type, int precision, boolean alternate, boolean addDot0) {
        switch (type) {
            case 'r':
                return FloatRepr.repr(a);
            case 'f', 'F': {
                String s = fixed(a, precision);
                return alternate && precision == 0 ? s + "." : s;
            }
            case 'e', 'E':
                return exponential(a, precision, alternate, type == 'E');
            default:
                return general(a, precision == 0 ? 1 : precision, alternate, addDot0, type == 'G');
        }
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L, 10000000000L, 100000000000L,
                    1000000000000L, 10000000000000L, 100000000000000L, 1000000000000000L, 10000000000000000L, 100000000000000000L};

    /** Non-negative finite {@code a} with {@code precision} decimals, rounded half to even from its exact binary value. */
    static String fixed(double a, int precision) {
        if (precision < POW10.length && a < 4.0e18 / POW10[precision]) {
            return withPoint(Long.toString(scaledRounded(a, POW10[precision])), precision);
        }
        return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * round_half_even(a * scale) computed exactly: a = m * 2^e, so a * scale = (m * scale) * 2^e,
     * a product of at most 110 bits shifted right by -e. The caller keeps the result below 2^62.
     */
    private static long scaledRounded(double a, long scale) {
        long bits = Double.doubleToRawLongBits(a);
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (exponent == 0) {
            exponent = 1;   // subnormal (or zero): no implicit bit
        } else {
            m |= 1L << 52;
        }
        int e = exponent - 1075;
        if (e >= 0) {
            return (m * scale) << e;
        }
        long hi = Math.multiplyHigh(m, scale);
        long lo = m * scale;
        int shift = -e;
        long q;
        int cmp;   // remainder against half: -1, 0, 1
        if (shift >= 128) {
            return 0;   // the product is below 2^110, far below half of 2^shift
        } else if (shift >= 64) {
            int s = shift - 64;
            q = s == 0 ? hi : hi >>> s;
            long remHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            long halfHi = s == 0 ? 0 : 1L << (s - 1);
            long halfLo = s == 0 ? Long.MIN_VALUE : 0;
            cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(lo, halfLo);
        } else {
            q = (hi << (64 - shift)) | (lo >>> shift);
            long rem = lo & ((1L << shift) - 1);
            cmp = Long.compareUnsigned(rem, 1L << (shift - 1));
        }
        return cmp > 0 || (cmp == 0 && (q & 1) != 0) ? q + 1 : q;
    }

    /** The integer {@code digits} with a decimal point {@code decimals} places from the right. */
    private static String withPoint(String digits, int decimals) {
        if (decimals == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(decimals + 2);
        for (int i = digits.length(); i <= decimals; i++) {
            sb.append('0');
        }
        sb.append(digits);
        sb.insert(sb.length() - decimals, '.');
        return sb.toString();
    }

    /** Significant digits of a rounded to {@code n} places, and the decimal point position (value = 0.DIGITS * 10^decpt). */
    private record Rounded(String digits, int decpt) {
    }

    private static Rounded round(double a, int n) {
        if (a == 0) {
            return new Rounded("0".repeat(n), 1);
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        if (digits.length() < n) {
            digits = digits + "0".repeat(n - digits.length());
        } else if (digits.length() > n) {
            digits = digits.substring(0, n);
        }
        return new Rounded(digits, decpt);
    }

    private static String exponential(double a, int precision, boolean alternate, boolean upper) {
        Rounded r = round(a, precision + 1);
        StringBuilder sb = new StringBuilder();
        sb.append(r.digits.charAt(0));
        if (precision > 0 || alternate) {
            sb.append('.');
        }
        sb.append(r.digits, 1, r.digits.length());
        appendExponent(sb, a == 0 ? 0 : r.decpt - 1, upper);
        return sb.toString();
    }

    private static void appendExponent(StringBuilder sb, int exp, boolean upper) {
        sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        sb.append(e);
    }

    private static String general(double a, int p, boolean alternate, boolean addDot0, boolean upper) {
        Rounded r = round(a, p);
        String digits = r.digits;
        int decpt = a == 0 ? 1 : r.decpt;
        if (!alternate) {
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            digits = digits.substring(0, end);
        }
        boolean useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
        StringBuilder sb = new StringBuilder();
        if (useExp) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1 || alternate) {
                sb.append('.').append(digits, 1, digits.length());
            }
            appendExponent(sb, decpt - 1, upper);
            return sb.toString();
        }
        if (decpt <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (alternate || addDot0) {
                sb.append('.');
                if (addDot0 && !alternate) {
                    sb.append('0');
                }
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }
}
