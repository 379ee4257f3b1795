package dev.taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * A parsed standard format specifier, the mini-language of {@code format()} and str.format:
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}. The
 * parser follows CPython's rules and messages, including '0' meaning fill '0' with '='
 * alignment for numbers.
 *
 * @param fill the fill code point
 * @param align '<', '>', '^', '=' or 0 when not given
 * @param sign '+', '-', ' ' or 0
 * @param noNegativeZero the 'z' flag
 * @param alternate the '#' flag
 * @param width minimum width or -1
 * @param grouping ',' or '_' or 0
 * @param precision -1 when not given
 * @param type the presentation type or 0
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate, int width, char grouping, int precision, char type) {

    /**
     * Parses {@code spec} for an object of type {@code typeName}; {@code defaultAlign} is '<'
     * for strings and '>' for numbers, {@code defaultType} the type when none is given ('s' for
     * str, 'd' for int, 0 for float).
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, String typeName, char defaultAlign, char defaultType) {
        // a program formats with a handful of constant specs ('.2f', '>8'): parse each once
        String key = spec + '\0' + typeName + defaultAlign + defaultType;
        FormatSpec cached = PARSED.get(key);
        if (cached != null) {
            return cached;
        }
        FormatSpec parsed = parseUncached(spec, typeName, defaultAlign, defaultType);
        if (PARSED.size() > 512) {
            PARSED.clear();
        }
        PARSED.put(key, parsed);
        return parsed;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static FormatSpec parseUncached(String spec, String typeName, char defaultAlign, char defaultType) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean noNegZero = false;
        if (pos < n && cps[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && cps[pos] == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
            width = width * 10 + (cps[pos++] - '0');
            if (width > Integer.MAX_VALUE) {
                throw PythonErrors.valueError("Too many decimal digits in format string");
            }
        }
        int w = pos == start ? -1 : (int) width;
        char grouping = 0;
        if (pos < n && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cps[pos] == '_') {
            if (grouping != 0) {
                throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && cps[pos] == ',' && grouping == '_') {
            throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < n && cps[pos] == '.') {
            pos++;
            start = pos;
            long p = 0;
            while (pos < n && cps[pos] >= '0' && cps[pos] <= '9') {
                p = p * 10 + (cps[pos++] - '0');
                if (p > Integer.MAX_VALUE) {
                    throw PythonErrors.valueError("Too many decimal digits in format string");
                }
            }
            if (pos == start) {
                throw PythonErrors.valueError("Format specifier missing precision");
            }
            precision = (int) p;
        }
        if (n - pos > 1) {
            throw PythonErrors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        char type = pos < n ? (char) cps[pos] : defaultType;
        if (pos < n && cps[pos] > 0xffff) {
            throw PythonErrors.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw invalidGrouping(grouping, type);
                default:
                    throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, w, grouping, precision, type);
    }

    private static RuntimeException invalidGrouping(char grouping, char type) {
        if (type > 32 && type < 128) {
            return PythonErrors.valueError("Cannot specify '%c' with '%c'.", grouping, type);
        }
        return PythonErrors.valueError("Cannot specify '%c' with '\\x%x'.", grouping, (int) type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    public FormatSpec withType(char t) {
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, t);
    }

    /** "Unknown format code 'x' for object of type 'float'". */
    public static RuntimeException unknownCode(char type, String typeName) {
        if (type > 32 && type < 128) {
            return PythonErrors.valueError("Unknown format code '%c' for object of type '%s'", type, typeName);
        }
        return PythonErrors.valueError("Unknown format code '\\x%x' for object of type '%s'", (int) type, typeName);
    }

    /** The sign to print for a number: '-' if negative, else per the sign option. */
    public String signFor(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** Whether the digits themselves must fill the width with zeros (grouping applies to them). */
    public boolean zeroFillsDigits() {
        return fill == '0' && align == '=';
    }

    /** Pads {@code body} to the width with the fill, aligned as given (or {@code defaultAlign}). */
    @TruffleBoundary
    public String pad(String body, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        int total = width - len;
        char a = align == 0 ? defaultAlign : align;
        int left = switch (a) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder(body.length() + total);
        repeat(sb, left);
        sb.append(body);
        repeat(sb, total - left);
        return sb.toString();
    }

    /**
     * Lays out a number: sign and prefix, then the digits, padded to the width. '=' alignment puts
     * the fill between the sign/prefix and the digits.
     */
    @TruffleBoundary
    public String padNumber(String signAndPrefix, String digits) {
        if (align == '=') {
            int len = signAndPrefix.length() + digits.codePointCount(0, digits.length());
            StringBuilder sb = new StringBuilder(signAndPrefix);
            repeat(sb, width - len);
            return sb.append(digits).toString();
        }
        return pad(signAndPrefix + digits, '>');
    }

    private void repeat(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.appendCodePoint(fill);
        }
    }
}
