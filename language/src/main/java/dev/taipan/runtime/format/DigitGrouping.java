package dev.taipan.runtime.format;

/**
 * Thousands separators: "1234567" to "1,234,567" (groups of 3, or 4 for bin/oct/hex with '_').
 * With zero padding the zeros are grouped too, as CPython does: format(1234, '08,') is
 * '0,001,234'.
 */
final class DigitGrouping {
    private DigitGrouping() {
    }

    /** Groups {@code digits}, adding leading zeros until the result is at least {@code minWidth} long. */
    static String group(String digits, char separator, int groupSize, int minWidth) {
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int width = minWidth;
        boolean first = true;
        while (true) {
            int len = Math.min(Math.max(Math.max(remaining, width), 1), groupSize);
            int chars = Math.min(remaining, len);
            int zeros = len - chars;
            if (!first) {
                out.append(separator);
            }
            first = false;
            // built reversed: digits of this group from the right, then its padding zeros
            for (int i = 0; i < chars; i++) {
                out.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = 0; i < zeros; i++) {
                out.append('0');
            }
            remaining -= chars;
            width -= len;
            if (remaining <= 0 && width <= 0) {
                break;
            }
            width -= 1;
        }
        return out.reverse().toString();
    }

    /** Groups the digits, zero-filling to the width left for them when the spec asks for it. */
    static String apply(String digits, FormatSpec spec, int groupSize, int otherChars) {
        int minWidth = spec.zeroFillsDigits() ? spec.width() - otherChars : 0;
        if (spec.grouping() == 0) {
            return digits;
        }
        return group(digits, spec.grouping(), groupSize, minWidth);
    }
}
