package dev.taipan.parser;

import java.io.ByteArrayOutputStream;

import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.BytesConstant;

/** String and bytes literal prefixes and escape sequences. */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** Lower-cased prefixes Python accepts. */
    static boolean isValidPrefix(String p) {
        switch (p) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf":
                return true;
            default:
                return false;
        }
    }

    /** Python's notion of a printable code point (str.isprintable). */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Decodes the body of a str/bytes literal (without quotes) according to its prefix. */
    static Object decode(String src, int start, int end, String prefix, int literalStart, SourceLines lines) {
        boolean raw = prefix.indexOf('r') >= 0;
        boolean bytes = prefix.indexOf('b') >= 0;
        if (bytes) {
            return new BytesConstant(decodeBytes(src, start, end, raw, literalStart, lines));
        }
        if (raw) {
            return normalizeNewlines(src.substring(start, end));
        }
        return decodeString(src, start, end, literalStart, lines);
    }

    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String decodeString(String src, int start, int end, int literalStart, SourceLines lines) {
        if (src.indexOf('\\', start) < 0 || src.indexOf('\\', start) >= end) {
            return normalizeNewlines(src.substring(start, end));
        }
        StringBuilder sb = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                i += (i + 1 < end && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\' || i + 1 >= end) {
                sb.append(c);
                i++;
                continue;
            }
            char e = src.charAt(i + 1);
            int escStart = i;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < end && src.charAt(i) == '\n') {
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
                    for (int k = 0; k < 2 && i < end && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> {
                    int v = hex(src, i, end, 2);
                    if (v < 0) {
                        throw unicodeError(literalStart, lines, "truncated \\xXX escape", escStart - start, Math.min(end, i + 2) - 1 - start);
                    }
                    sb.appendCodePoint(v);
                    i += 2;
                }
                case 'u' -> {
                    int v = hex(src, i, end, 4);
                    if (v < 0) {
                        throw unicodeError(literalStart, lines, "truncated \\uXXXX escape", escStart - start, Math.min(end, i + 4) - 1 - start);
                    }
                    sb.append((char) v);
                    i += 4;
                }
                case 'U' -> {
                    int v = hex(src, i, end, 8);
                    if (v < 0) {
                        throw unicodeError(literalStart, lines, "truncated \\UXXXXXXXX escape", escStart - start, Math.min(end, i + 8) - 1 - start);
                    }
                    if (v > 0x10FFFF) {
                        throw unicodeError(literalStart, lines, "illegal Unicode character", escStart - start, i + 7 - start);
                    }
                    sb.appendCodePoint(v);
                    i += 8;
                }
                case 'N' -> {
                    int close = i < end && src.charAt(i) == '{' ? src.indexOf('}', i) : -1;
                    if (close < 0 || close >= end) {
                        throw unicodeError(literalStart, lines, "malformed \\N character escape", escStart - start, Math.min(end - 1, i) - start);
                    }
                    String name = src.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = namedSequence(name);
                    }
                    if (cp < 0) {
                        throw unicodeError(literalStart, lines, "unknown Unicode character name", escStart - start, close - start);
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // unknown escapes are kept (CPython warns: invalid escape sequence)
                    sb.append('\\').append(e);
                }
            }
        }
        return sb.toString();
    }

    /** A few aliases Java's Character.codePointOf does not know. */
    private static int namedSequence(String name) {
        return switch (name.toUpperCase()) {
            case "NBSP" -> 0xA0;
            case "SHY" -> 0xAD;
            case "ZWSP" -> 0x200B;
            case "ZWJ" -> 0x200D;
            case "ZWNJ" -> 0x200C;
            case "BOM" -> 0xFEFF;
            case "LF" -> 0x0A;
            case "CR" -> 0x0D;
            case "TAB" -> 0x09;
            case "NUL" -> 0x00;
            case "ESC" -> 0x1B;
            case "SP" -> 0x20;
            case "DEL" -> 0x7F;
            default -> -1;
        };
    }

    private static int hex(String src, int i, int end, int n) {
        if (i + n > end) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = Character.digit(src.charAt(i + k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static SyntaxErrorException unicodeError(int literalStart, SourceLines lines, String what, int from, int to) {
        int line = lines.line(literalStart);
        int col = lines.codePointColumn(literalStart) + 1;
        String msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + from + "-" + to + ": " + what;
        return new SyntaxErrorException(Kind.SYNTAX_ERROR, msg, line, col, line, col, lines.lineText(line), false);
    }

    static byte[] decodeBytes(String src, int start, int end, boolean raw, int literalStart, SourceLines lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        int i = start;
        while (i < end) {
            char c = src.charAt(i);
            if (c >= 0x80) {
                int line = lines.line(literalStart);
                int col = lines.codePointColumn(literalStart) + 1;
                throw new SyntaxErrorException(Kind.SYNTAX_ERROR, "bytes can only contain ASCII literal characters", line, col, line, col, lines.lineText(line), false);
            }
            if (c == '\r') {
                out.write('\n');
                i += (i + 1 < end && src.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (raw || c != '\\' || i + 1 >= end) {
                out.write(c);
                i++;
                continue;
            }
            char e = src.charAt(i + 1);
            int escStart = i;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < end && src.charAt(i) >= '0' && src.charAt(i) <= '7'; k++) {
                        v = v * 8 + (src.charAt(i++) - '0');
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int v = hex(src, i, end, 2);
                    if (v < 0) {
                        int line = lines.line(literalStart);
                        int col = lines.codePointColumn(literalStart) + 1;
                        throw new SyntaxErrorException(Kind.SYNTAX_ERROR, "(value error) invalid \\x escape at position " + (escStart - start), line, col, line, col, lines.lineText(line),
                                        false);
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
