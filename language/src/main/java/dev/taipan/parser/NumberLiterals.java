package dev.taipan.parser;

import java.math.BigInteger;

import dev.taipan.parser.ast.ImaginaryConstant;

/**
 * Numeric literals: decimal, hex, octal and binary integers, floats with fraction/exponent,
 * imaginary numbers, with underscores between digits, and CPython's error messages.
 */
final class NumberLiterals {
    private NumberLiterals() {
    }

    /** The literal's end and value, or an error message with its position. */
    record Result(int end, Object value, String error, int errorPos) {
        static Result ok(int end, Object value) {
            return new Result(end, value, null, 0);
        }

        static Result fail(String message, int at) {
            return new Result(at, null, message, at);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Keywords that may directly follow a number (1if x else 2 is accepted with a warning in CPython). */
    private static boolean keywordFollows(String s, int i, int end) {
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (s.startsWith(kw, i) && (i + kw.length() >= end || !Tokenizer.isIdentifierPartCp(s.charAt(i + kw.length())))) {
                return true;
            }
        }
        return false;
    }

    static Result scan(String s, int start, int end) {
        int i = start;
        if (s.charAt(i) == '0' && i + 1 < end && "xXoObB".indexOf(s.charAt(i + 1)) >= 0) {
            char kind = Character.toLowerCase(s.charAt(i + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            i += 2;
            StringBuilder digits = new StringBuilder();
            while (i < end) {
                char c = s.charAt(i);
                if (c == '_') {
                    if (i + 1 >= end || Character.digit(s.charAt(i + 1), radix) < 0) {
                        return Result.fail("invalid " + name + " literal", i);
                    }
                    i++;
                    continue;
                }
                int d = Character.digit(c, radix);
                if (d < 0) {
                    if (isDigit(c) && radix < 10) {
                        return Result.fail("invalid digit '" + c + "' in " + name + " literal", i);
                    }
                    break;
                }
                digits.append(c);
                i++;
            }
            if (digits.length() == 0) {
                return Result.fail("invalid " + name + " literal", start);
            }
            if (i < end && Tokenizer.isIdentifierPartCp(s.charAt(i)) && !keywordFollows(s, i, end)) {
                return Result.fail("invalid " + name + " literal", i);
            }
            return Result.ok(i, normalize(new BigInteger(digits.toString(), radix)));
        }
        StringBuilder intPart = new StringBuilder();
        i = digitRun(s, i, end, intPart);
        if (i < 0) {
            return Result.fail("invalid decimal literal", -i - 1);
        }
        boolean isFloat = false;
        StringBuilder text = new StringBuilder(intPart);
        if (i < end && s.charAt(i) == '.') {
            isFloat = true;
            text.append('.');
            i++;
            if (i < end && isDigit(s.charAt(i))) {
                StringBuilder frac = new StringBuilder();
                i = digitRun(s, i, end, frac);
                if (i < 0) {
                    return Result.fail("invalid decimal literal", -i - 1);
                }
                text.append(frac);
            }
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int save = i;
            int j = i + 1;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < end && isDigit(s.charAt(j))) {
                StringBuilder exp = new StringBuilder();
                int k = digitRun(s, j, end, exp);
                if (k < 0) {
                    return Result.fail("invalid decimal literal", -k - 1);
                }
                text.append('e').append(s, i + 1, j).append(exp);
                i = k;
                isFloat = true;
            } else {
                return Result.fail("invalid decimal literal", save);
            }
        }
        if (i < end && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
            i++;
            if (i < end && Tokenizer.isIdentifierPartCp(s.charAt(i)) && !keywordFollows(s, i, end)) {
                return Result.fail("invalid imaginary literal", i);
            }
            return Result.ok(i, new ImaginaryConstant(Double.parseDouble(text.length() == 0 || text.toString().equals(".") ? "0" : text.toString())));
        }
        if (i < end && Tokenizer.isIdentifierPartCp(s.codePointAt(i)) && !keywordFollows(s, i, end)) {
            return Result.fail("invalid decimal literal", i);
        }
        if (isFloat) {
            return Result.ok(i, Double.parseDouble(text.toString()));
        }
        String digits = intPart.toString();
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    return Result.fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start);
                }
            }
        }
        if (digits.length() < 19) {
            return Result.ok(i, Long.parseLong(digits));
        }
        return Result.ok(i, normalize(new BigInteger(digits)));
    }

    /** Reads digits with single underscores between them; returns the end, or -(pos+1) on a bad underscore. */
    private static int digitRun(String s, int i, int end, StringBuilder out) {
        while (i < end) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                out.append(c);
                i++;
            } else if (c == '_') {
                if (i + 1 >= end || !isDigit(s.charAt(i + 1)) || out.length() == 0) {
                    return -(i + 1);
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
