package dev.taipan.parser;

import java.io.ByteArrayOutputStream;

/**
 * Turns the source text of string and bytes literals into their values: prefixes, quotes, escape
 * sequences (with CPython's error messages for malformed ones), and line endings normalised to
 * '\n'. Invalid escapes such as {@code "\d"} are kept verbatim, as CPython does (it warns).
 */
final class StringLiteralDecoder {
    private StringLiteralDecoder() {
    }

    /** A decode failure; the parser turns it into a SyntaxError at the literal. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /** The parts of a STRING token. */
    static final class Literal {
        boolean bytes;
        boolean raw;
        boolean uPrefix;
        String body;
    }

    static Literal split(String text) {
        Literal l = new Literal();
        int p = 0;
        while (true) {
            char c = text.charAt(p);
            if (c == '\'' || c == '"') {
                break;
            }
            switch (c) {
                case 'b', 'B' -> l.bytes = true;
                case 'r', 'R' -> l.raw = true;
                // CPython sets kind='u' only for a lower-case u
                case 'u' -> l.uPrefix = true;
                default -> {
                }
            }
            p++;
        }
        char q = text.charAt(p);
        int qs = text.length() - p >= 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q ? 3 : 1;
        l.body = text.substring(p + qs, text.length() - qs);
        return l;
    }

    /** CPython reads source with universal newlines: a literal never contains '\r' from a line end. */
    static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes the escapes of a str literal body (not raw). */
    static String decodeString(String body) throws DecodeError {
        return decodeString(body, null);
    }

    /**
     * As {@link #decodeString(String)}; {@code warn} (if not null) gets CPython's SyntaxWarning
     * message for the literal's first invalid escape, which is kept as written.
     */
    static String decodeString(String body, java.util.function.Consumer<String> warn) throws DecodeError {
        InvalidEscapes invalid = new InvalidEscapes(warn);
        if (body.indexOf('\\') < 0) {
            return normalizeNewlines(body);
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                i += (i + 1 < n && body.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                sb.append('\\');
                break;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < n && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    if (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                        v = v * 8 + body.charAt(i++) - '0';
                        if (i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            v = v * 8 + body.charAt(i++) - '0';
                        }
                    }
                    invalid.octal(v, body, start + 1, i);
                    sb.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String message = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int v = 0;
                    for (int k = 0; k < count; k++) {
                        int d = i < n ? Character.digit(body.charAt(i), 16) : -1;
                        if (d < 0 || body.charAt(i) > 'f') {
                            throw unicodeError(body, start, i, message);
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (v < 0 || v > 0x10FFFF) {
                        throw unicodeError(body, start, i, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (i < n && body.charAt(i) == '{') {
                        int nameStart = ++i;
                        while (i < n && body.charAt(i) != '}') {
                            i++;
                        }
                        if (i >= n) {
                            throw unicodeError(body, start, i, message);
                        }
                        String name = body.substring(nameStart, i);
                        if (!name.isEmpty()) {
                            i++;
                            int cp = lookupName(name);
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                break;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(body, start, i, message);
                }
                default -> {
                    // an invalid escape stays as written (CPython warns)
                    invalid.escape(e);
                    sb.append('\\');
                    i--;
                }
            }
        }
        return sb.toString();
    }

    /** CPython's \N{...}: case-insensitive Unicode names and name aliases. */
    private static int lookupName(String name) {
        for (int k = 0; k < name.length(); k++) {
            char ch = name.charAt(k);
            if (ch >= 0x80 || Character.isWhitespace(ch) && ch != ' ') {
                return -1;
            }
        }
        if (name.startsWith(" ") || name.endsWith(" ")) {
            return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
    }

    /**
     * The message of CPython's UnicodeDecodeError for the escape at body[start, end). CPython
     * decodes a copy of the literal in which every non-ASCII character became a 10-byte
     * "\UXXXXXXXX" escape (and a backslash before one became "\u005c"), so positions count that way.
     */
    private static DecodeError unicodeError(String body, int start, int end, String reason) {
        int bs = bufferPos(body, start);
        int be = bufferPos(body, end);
        String where = be - bs == 1 ? "byte 0x5c in position " + bs : "bytes in position " + bs + "-" + (be - 1);
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    private static int bufferPos(String body, int index) {
        int p = 0;
        int i = 0;
        while (i < index && i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                p++;
                i++;
                if (i >= body.length() || body.charAt(i) >= 0x80) {
                    p += 5;
                }
                continue;
            }
            if (c >= 0x80) {
                int cp = body.codePointAt(i);
                p += 10;
                i += Character.charCount(cp);
            } else {
                p++;
                i++;
            }
        }
        return p;
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error. */
    static byte[] decodeBytes(String body, boolean raw) throws DecodeError {
        return decodeBytes(body, raw, null);
    }

    /** As {@link #decodeBytes(String, boolean)}, with {@code warn} as for decodeString. */
    static byte[] decodeBytes(String body, boolean raw, java.util.function.Consumer<String> warn) throws DecodeError {
        InvalidEscapes invalid = new InvalidEscapes(warn);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
        }
        String s = normalizeNewlines(body);
        if (raw || s.indexOf('\\') < 0) {
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return b;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= n) {
                out.write('\\');
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int digits = i - 1;
                    if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + s.charAt(i++) - '0';
                        if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            v = v * 8 + s.charAt(i++) - '0';
                        }
                    }
                    invalid.octal(v, s, digits, i);
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < n ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    invalid.escape(e);
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }

    /** Reports the first invalid escape of one literal (CPython warns once per literal). */
    private static final class InvalidEscapes {
        private java.util.function.Consumer<String> warn;

        InvalidEscapes(java.util.function.Consumer<String> warn) {
            this.warn = warn;
        }

        void escape(char c) {
            report("invalid escape sequence '\\" + c + "'");
        }

        /** An octal escape above 0o377 ({@code digits} from {@code from} to {@code to}). */
        void octal(int value, String text, int from, int to) {
            if (value > 0377) {
                report("invalid octal escape sequence '\\" + text.substring(from, to) + "'");
            }
        }

        private void report(String message) {
            if (warn != null) {
                warn.accept(message);
                warn = null;
            }
        }
    }
}
