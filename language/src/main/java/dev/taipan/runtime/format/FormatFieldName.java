package dev.taipan.runtime.format;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * A replacement field's name, {@code first(.attr|[key])*}: the first part (an argument index
 * or a keyword name) and an iterator over the attribute and item lookups after it. Shared by
 * {@code str.format} and {@code _string.formatter_field_name_split}.
 */
public final class FormatFieldName {
    /** One lookup after the first part; {@code index} is -1 unless an item key is all digits. */
    public record Part(boolean isAttribute, String name, long index) {
    }

    private final String s;
    private final String first;
    private final long firstIndex;
    private int pos;

    public FormatFieldName(String s) {
        this.s = s;
        int i = 0;
        while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != '[') {
            i++;
        }
        this.first = s.substring(0, i);
        this.firstIndex = integer(first);
        this.pos = i;
    }

    public String first() {
        return first;
    }

    /** The first part as an argument index, or -1 if it is not all decimal digits. */
    public long firstIndex() {
        return firstIndex;
    }

    /** The next lookup, or null at the end; raises ValueError for malformed names. */
    public Part next() {
        int n = s.length();
        if (pos >= n) {
            return null;
        }
        char c = s.charAt(pos++);
        int start = pos;
        Part part;
        if (c == '.') {
            while (pos < n && s.charAt(pos) != '.' && s.charAt(pos) != '[') {
                pos++;
            }
            part = new Part(true, s.substring(start, pos), -1);
        } else if (c == '[') {
            int close = s.indexOf(']', pos);
            if (close < 0) {
                pos = n;
                throw PythonErrors.valueError("Missing ']' in format string");
            }
            pos = close + 1;
            String key = s.substring(start, close);
            part = new Part(false, key, integer(key));
        } else {
            throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.name().isEmpty()) {
            throw PythonErrors.valueError("Empty attribute in format string");
        }
        return part;
    }

    /** A decimal integer (any Unicode decimal digits), or -1 if {@code t} is not one. */
    static long integer(String t) {
        if (t.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < t.length();) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                return -1;
            }
            int digit = Character.digit(cp, 10);
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw PythonErrors.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
