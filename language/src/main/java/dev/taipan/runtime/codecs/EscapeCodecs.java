package dev.taipan.runtime.codecs;

import java.nio.charset.StandardCharsets;

import dev.taipan.runtime.bytes.ByteBuilder;

/**
 * {@code unicode_escape} (Python string-literal escapes in Latin-1 bytes) and
 * {@code raw_unicode_escape} (only {@code \\uXXXX} and {@code \\UXXXXXXXX}). Their errors name
 * the codecs "unicodeescape" and "rawunicodeescape", as CPython's do.
 */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(ByteBuilder out, char kind, int value, int digits) {
        out.append((byte) '\\').append((byte) kind);
        for (int i = digits - 1; i >= 0; i--) {
            out.append((byte) HEX[(value >> (4 * i)) & 15]);
        }
    }

    static byte[] encode(String s, boolean raw) {
        ByteBuilder out = new ByteBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x10000) {
                hex(out, 'U', cp, 8);
            } else if (cp >= 0x100) {
                hex(out, 'u', cp, 4);
            } else if (raw) {
                out.append((byte) cp);
            } else if (cp == '\\') {
                out.append((byte) '\\').append((byte) '\\');
            } else if (cp == '\t') {
                out.append((byte) '\\').append((byte) 't');
            } else if (cp == '\n') {
                out.append((byte) '\\').append((byte) 'n');
            } else if (cp == '\r') {
                out.append((byte) '\\').append((byte) 'r');
            } else if (cp < 0x20 || cp >= 0x7f) {
                hex(out, 'x', cp, 2);
            } else {
                out.append((byte) cp);
            }
        });
        return out.toArray();
    }

    static String decode(byte[] in, String errors, boolean raw) {
        return new EscapeDecoder(raw ? "rawunicodeescape" : "unicodeescape", errors, in, raw).decode();
    }

    private static final class EscapeDecoder extends Decoder {
        private final boolean raw;

        EscapeDecoder(String encoding, String errors, byte[] in, boolean raw) {
            super(encoding, errors, in);
            this.raw = raw;
        }

        private static int hexDigit(int c) {
            return Character.digit(c, 16);
        }

        @Override
        String decode() {
            int n = in.length;
            int i = 0;
            while (i < n) {
                int c = in[i] & 0xff;
                if (c != '\\') {
                    out.append((char) c);
                    i++;
                    continue;
                }
                int start = i;
                if (i + 1 >= n) {
                    if (raw) {
                        out.append('\\');
                        i++;
                    } else {
                        i = error(start, n, "\\ at end of string");
                    }
                    continue;
                }
                int e = in[i + 1] & 0xff;
                i += 2;
                if (raw && e != 'u' && e != 'U') {
                    out.append('\\').append((char) e);
                    continue;
                }
                switch (e) {
                    case '\n' -> {
                    }
                    case '\\', '\'', '"' -> out.append((char) e);
                    case 'a' -> out.append('\u0007');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'v' -> out.append('\u000b');
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) {
                            v = v * 8 + (in[i++] - '0');
                        }
                        out.append((char) v);
                    }
                    case 'x', 'u', 'U' -> {
                        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        long v = 0;
                        int k = 0;
                        while (k < digits && i < n && hexDigit(in[i] & 0xff) >= 0) {
                            v = v * 16 + hexDigit(in[i++] & 0xff);
                            k++;
                        }
                        if (k < digits) {
                            String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            i = error(start, i, "truncated " + what + " escape");
                        } else if (v > 0x10ffff) {
                            i = error(start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
                        } else {
                            out.appendCodePoint((int) v);
                        }
                    }
                    case 'N' -> {
                        int close = -1;
                        if (i < n && in[i] == '{') {
                            for (int k = i + 1; k < n; k++) {
                                if (in[k] == '}') {
                                    close = k;
                                    break;
                                }
                            }
                        }
                        if (close < 0 || close == i + 1) {
                            int end = i < n && in[i] == '{' ? (close < 0 ? n : close) : i;
                            i = error(start, end, "malformed \\N character escape");
                            continue;
                        }
                        String name = new String(in, i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
                        int cp;
                        try {
                            cp = Character.codePointOf(name);
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                        if (cp < 0) {
                            i = error(start, close + 1, "unknown Unicode character name");
                        } else {
                            out.appendCodePoint(cp);
                            i = close + 1;
                        }
                    }
                    default -> out.append('\\').append((char) e);
                }
            }
            return out.toString();
        }
    }
}
