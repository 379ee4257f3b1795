package dev.taipan.runtime.codecs;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 with CPython's error reporting: the maximal invalid subsequence is one error, with the
 * reasons "invalid start byte", "invalid continuation byte" and "unexpected end of data".
 */
final class Utf8Codec {
    private Utf8Codec() {
    }

    static String decode(byte[] in, String errors) {
        boolean ascii = true;
        for (byte b : in) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(in, StandardCharsets.ISO_8859_1);
        }
        return new Utf8Decoder(errors, in).decode();
    }

    static byte[] encode(String s, String errors) {
        boolean surrogates = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return new Utf8Encoder(errors, s).encode();
    }

    private static boolean isContinuation(int b) {
        return (b & 0xc0) == 0x80;
    }

    private static final class Utf8Decoder extends Decoder {
        Utf8Decoder(String errors, byte[] in) {
            super("utf-8", errors, in);
        }

        private int at(int i) {
            return in[i] & 0xff;
        }

        @Override
        String decode() {
            int n = in.length;
            int i = 0;
            while (i < n) {
                int b0 = at(i);
                if (b0 < 0x80) {
                    out.append((char) b0);
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80;
                int hi = 0xbf;
                if (b0 >= 0xc2 && b0 <= 0xdf) {
                    need = 1;
                } else if (b0 >= 0xe0 && b0 <= 0xef) {
                    need = 2;
                    if (b0 == 0xe0) {
                        lo = 0xa0;
                    } else if (b0 == 0xed) {
                        hi = 0x9f;
                    }
                } else if (b0 >= 0xf0 && b0 <= 0xf4) {
                    need = 3;
                    if (b0 == 0xf0) {
                        lo = 0x90;
                    } else if (b0 == 0xf4) {
                        hi = 0x8f;
                    }
                } else {
                    i = error(i, i + 1, "invalid start byte");
                    continue;
                }
                int cp = b0 & (0x3f >> need);
                int k = 1;
                boolean bad = false;
                for (; k <= need; k++) {
                    if (i + k >= n) {
                        break;
                    }
                    int b = at(i + k);
                    boolean ok = k == 1 ? b >= lo && b <= hi : isContinuation(b);
                    if (!ok) {
                        bad = true;
                        break;
                    }
                    cp = (cp << 6) | (b & 0x3f);
                }
                if (bad) {
                    i = error(i, i + k, "invalid continuation byte");
                } else if (k <= need) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    out.appendCodePoint(cp);
                    i += need + 1;
                }
            }
            return out.toString();
        }

        @Override
        int surrogatePass(int start) {
            if (start + 2 < in.length && at(start) == 0xed && (at(start + 1) & 0xe0) == 0xa0 && isContinuation(at(start + 2))) {
                out.append((char) (0xd000 | ((at(start + 1) & 0x3f) << 6) | (at(start + 2) & 0x3f)));
                return start + 3;
            }
            return -1;
        }
    }

    private static final class Utf8Encoder extends Encoder {
        Utf8Encoder(String errors, String s) {
            super("utf-8", errors, s);
        }

        @Override
        byte[] encode() {
            int i = 0;
            while (i < cps.length) {
                int cp = cps[i];
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    int j = i + 1;
                    while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) {
                        j++;
                    }
                    i = error(i, j, "surrogates not allowed");
                    continue;
                }
                write(cp);
                i++;
            }
            return out.toArray();
        }

        private void write(int cp) {
            if (cp < 0x80) {
                out.append((byte) cp);
            } else if (cp < 0x800) {
                out.append((byte) (0xc0 | (cp >> 6))).append((byte) (0x80 | (cp & 0x3f)));
            } else if (cp < 0x10000) {
                out.append((byte) (0xe0 | (cp >> 12))).append((byte) (0x80 | ((cp >> 6) & 0x3f))).append((byte) (0x80 | (cp & 0x3f)));
            } else {
                out.append((byte) (0xf0 | (cp >> 18))).append((byte) (0x80 | ((cp >> 12) & 0x3f))).append((byte) (0x80 | ((cp >> 6) & 0x3f))).append((byte) (0x80 | (cp & 0x3f)));
            }
        }

        @Override
        void writeAscii(int c) {
            out.append((byte) c);
        }

        @Override
        boolean surrogatePass(int cp) {
            write(cp);
            return true;
        }
    }
}
