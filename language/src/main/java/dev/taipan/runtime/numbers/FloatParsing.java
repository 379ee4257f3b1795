package dev.taipan.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.strings.StringOps;

/** {@code float(str)}: decimal literals with underscores, inf/infinity/nan in any case. */
public final class FloatParsing {
    private FloatParsing() {
    }

    @TruffleBoundary
    public static double parse(String text) {
        String s = asciiDigits(text.strip());
        Double d = tryParse(s);
        if (d == null) {
            throw PythonErrors.valueError("could not convert string to float: %s", StringOps.repr(text));
        }
        return d;
    }

    /** Unicode decimal digits (category Nd) count as their ASCII digit, as in CPython. */
    private static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code float(bytes)}: the bytes as ASCII text; errors show the bytes' repr. */
    @TruffleBoundary
    public static double parseBytes(byte[] bytes) {
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
        Double d = s.chars().allMatch(c -> c < 128) ? tryParse(s) : null;
        if (d == null) {
            throw PythonErrors.valueError("could not convert string to float: %s", dev.taipan.runtime.bytes.BytesOps.repr(bytes, bytes.length));
        }
        return d;
    }

    private static Double tryParse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase();
        String body = lower;
        double sign = 1;
        if (body.startsWith("+") || body.startsWith("-")) {
            sign = body.charAt(0) == '-' ? -1 : 1;
            body = body.substring(1);
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return sign < 0 ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;   // the sign bit shows in copysign
        }
        // digits with single underscores between digits, optional fraction and exponent
        StringBuilder clean = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i == s.length() - 1 || !Character.isDigit(prev) || !Character.isDigit(s.charAt(i + 1))) {
                    return null;
                }
                prev = c;
                continue;
            }
            if (!(Character.isDigit(c) && c < 128) && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                return null;
            }
            clean.append(c);
            prev = c;
        }
        String t = clean.toString();
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }
}
