package dev.taipan.parser;

import dev.taipan.parser.ast.ImaginaryConstant;

import java.math.BigInteger;

/** The value of a NUMBER token: Long, BigInteger, Double or ImaginaryConstant. */
final class NumberLiteral {
    private NumberLiteral() {
    }

    static Object value(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ImaginaryConstant(Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            char c1 = s.charAt(1);
            int radix = switch (c1) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 10;
            };
            if (radix != 10) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if ((radix == 10 && digits.length() <= 18) || (radix == 16 && digits.length() <= 15) || (radix == 8 && digits.length() <= 20)
                        || (radix == 2 && digits.length() <= 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
