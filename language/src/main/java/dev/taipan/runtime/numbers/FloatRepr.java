package dev.taipan.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr(float)}: the shortest string that round-trips (Java's Double.toString computes
 * the same shortest digits since JDK 19), laid out with CPython's rules: positional notation
 * when the decimal exponent is in [-4, 16), else {@code d.ddde+XX}.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** Shortest round-trip digits of |d| (no leading/trailing zeros) and decpt, value = 0.DIGITS * 10^decpt. */
    public record Digits(String digits, int decpt) {
    }

    @TruffleBoundary
    public static Digits shortestDigits(double d) {
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        int exp = e >= 0 ? Integer.parseInt(s.substring(e + 1)) : 0;
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String fracPart = mantissa.substring(dot + 1);
        String all = intPart + fracPart;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        decpt -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        all = all.substring(0, end);
        if (all.length() == 2) {
            // Double.toString prints at least two digits; a single digit may round-trip too (5e-324)
            Digits one = oneDigit(Math.abs(d), all, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(all, decpt);
    }

    /** The one-digit neighbour of two-digit {@code digits} that parses back to {@code d}, or null. */
    private static Digits oneDigit(double d, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        boolean roundUp = digits.charAt(1) >= '5';
        // the nearer one-digit value first: shortest output must also be the closest
        for (int candidate : roundUp ? new int[]{first + 1, first} : new int[]{first, first + 1}) {
            if (candidate == 0) {
                continue;
            }
            // 99 rounds up to 10: the digit 1 one decimal place higher (9.9e-324 -> 1e-323)
            int digit = candidate == 10 ? 1 : candidate;
            int point = candidate == 10 ? decpt + 1 : decpt;
            if (Double.parseDouble(digit + "e" + (point - 1)) == d) {
                return new Digits(String.valueOf(digit), point);
            }
        }
        return null;
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1.0 / d < 0) ? "-0.0" : "0.0";
        }
        Digits dg = shortestDigits(d);
        String digits = dg.digits();
        int decpt = dg.decpt();
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** repr without the ".0" of integral values, as complex numbers print their parts: "1", "-0", "1.5". */
    public static String reprNoDot(double d) {
        String r = repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
