package dev.taipan.runtime.format;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * Splits a format string into chunks of literal text, each followed by an optional
 * replacement field {@code {name!conv:spec}}. One parser serves both {@code str.format} and
 * {@code _string.formatter_parser} (string.Formatter), so both accept and reject the same
 * strings with the same messages.
 */
public final class FormatMarkup {
    /**
     * A literal run and the field after it. An escaped brace ends the literal (which then
     * includes one brace) with no field. {@code conversion} is 0 when absent.
     */
    public record Chunk(String literal, boolean fieldPresent, String fieldName, String spec, int conversion, boolean specNeedsExpanding) {
    }

    private final String s;
    private int pos;

    public FormatMarkup(String s) {
        this.s = s;
    }

    public boolean atEnd() {
        return pos >= s.length();
    }

    /** The next chunk, or null at the end; raises ValueError for malformed markup. */
    public Chunk next() {
        int n = s.length();
        if (pos >= n) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markup = false;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = pos >= n;
        int len = pos - start;
        if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
            throw PythonErrors.valueError("Single '}' encountered in format string");
        }
        if (markup && atEnd && c == '{') {
            throw PythonErrors.valueError("Single '{' encountered in format string");
        }
        if (markup && !atEnd) {
            if (s.charAt(pos) == c) {
                // a doubled brace: the literal keeps one, and no field follows
                pos++;
                markup = false;
            } else {
                len--;
            }
        }
        String literal = s.substring(start, start + len);
        if (!markup) {
            return new Chunk(literal, false, null, null, 0, false);
        }
        return field(literal);
    }

    /** Parses {@code name[!conv][:spec]}} after an opening brace. */
    private Chunk field(String literal) {
        int n = s.length();
        int nameStart = pos;
        char c = 0;
        while (pos < n) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw PythonErrors.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                // an index may contain ':' or '!'; skip to the closing bracket
                while (pos < n && s.charAt(pos) != ']') {
                    pos++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw PythonErrors.valueError("expected '}' before end of string");
            }
            return new Chunk(literal, true, name, "", 0, false);
        }
        int conversion = 0;
        if (c == '!') {
            if (pos >= n) {
                throw PythonErrors.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < n) {
                char after = s.charAt(pos++);
                if (after == '}') {
                    return new Chunk(literal, true, name, "", conversion, false);
                }
                if (after != ':') {
                    throw PythonErrors.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int depth = 1;
        boolean expand = false;
        while (pos < n) {
            char d = s.charAt(pos++);
            if (d == '{') {
                expand = true;
                depth++;
            } else if (d == '}' && --depth == 0) {
                return new Chunk(literal, true, name, s.substring(specStart, pos - 1), conversion, expand);
            }
        }
        throw PythonErrors.valueError("unmatched '{' in format spec");
    }
}
