package dev.taipan.runtime.json;

/** JSON string literals: escaping for the encoders and the body scan of the decoder. */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /** {@code "..."} with only ", \ and control characters escaped (json's ensure_ascii=False). */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendEncoded(sb, s, false);
        return sb.toString();
    }

    /** {@code "..."} with every non-ASCII character as a \\uXXXX escape (surrogate pairs for astral ones). */
    public static String encodeAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendEncoded(sb, s, true);
        return sb.toString();
    }

    static void appendEncoded(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7e)) {
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A decoding failure: json.decoder.JSONDecodeError's message and char position. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        public final int charPos;

        public Failure(String msg, int charPos) {
            super(msg, null, false, false);
            this.charPos = charPos;
        }
    }

    /**
     * Scans a string body starting at char {@code start} (just after the opening quote). Returns
     * the decoded str; {@code endOut[0]} gets the char index after the closing quote.
     */
    public static String scan(String s, int start, boolean strict, int[] endOut) throws Failure {
        StringBuilder sb = null;
        int i = start;
        int chunk = i;
        int n = s.length();
        while (true) {
            if (i >= n) {
                throw new Failure("Unterminated string starting at", start - 1);
            }
            char c = s.charAt(i);
            if (c == '"') {
                endOut[0] = i + 1;
                if (sb == null) {
                    return s.substring(start, i);
                }
                return sb.append(s, chunk, i).toString();
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, chunk, i);
                i++;
                if (i >= n) {
                    throw new Failure("Unterminated string starting at", start - 1);
                }
                char e = s.charAt(i);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int u = hex4(s, i + 1);
                        i += 4;
                        if (Character.isHighSurrogate((char) u) && i + 6 < n && s.charAt(i + 1) == '\\' && s.charAt(i + 2) == 'u') {
                            int lo = hex4(s, i + 3);
                            if (Character.isLowSurrogate((char) lo)) {
                                sb.append((char) u).append((char) lo);
                                i += 6;
                                break;
                            }
                        }
                        sb.append((char) u);
                    }
                    default -> throw new Failure("Invalid \\escape", i - 1);
                }
                i++;
                chunk = i;
                continue;
            }
            if (strict && c < 0x20) {
                throw new Failure("Invalid control character at", i);
            }
            i++;
        }
    }

    private static int hex4(String s, int at) throws Failure {
        if (at + 4 > s.length()) {
            throw new Failure("Invalid \\uXXXX escape", at - 1);
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(at + k), 16);
            if (d < 0 || s.charAt(at + k) > 'f') {
                throw new Failure("Invalid \\uXXXX escape", at - 1);
            }
            v = v * 16 + d;
        }
        return v;
    }
}
