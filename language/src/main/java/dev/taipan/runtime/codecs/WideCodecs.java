package dev.taipan.runtime.codecs;

/**
 * UTF-16 and UTF-32 in either byte order. The plain "utf-16"/"utf-32" codecs write a byte order
 * mark (then little-endian, the platform's order) and, when decoding, honour and drop one at the
 * start; their errors name the byte order actually used ("utf-16-le").
 */
final class WideCodecs {
    private WideCodecs() {
    }

    static String decode(byte[] in, String errors, int unit, Boolean bigEndian) {
        boolean big = false;
        int start = 0;
        if (bigEndian == null) {
            if (unit == 2 && in.length >= 2) {
                if ((in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe) {
                    start = 2;
                } else if ((in[0] & 0xff) == 0xfe && (in[1] & 0xff) == 0xff) {
                    start = 2;
                    big = true;
                }
            } else if (unit == 4 && in.length >= 4) {
                if ((in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe && in[2] == 0 && in[3] == 0) {
                    start = 4;
                } else if (in[0] == 0 && in[1] == 0 && (in[2] & 0xff) == 0xfe && (in[3] & 0xff) == 0xff) {
                    start = 4;
                    big = true;
                }
            }
        } else {
            big = bigEndian;
        }
        String name = (unit == 2 ? "utf-16-" : "utf-32-") + (big ? "be" : "le");
        return new WideDecoder(name, errors, in, unit, big, start).decode();
    }

    static byte[] encode(String s, String errors, int unit, Boolean bigEndian) {
        String name = (unit == 2 ? "utf-16" : "utf-32") + (bigEndian == null ? "" : bigEndian ? "-be" : "-le");
        WideEncoder e = new WideEncoder(name, errors, s, unit, bigEndian != null && bigEndian);
        if (bigEndian == null) {
            e.writeUnit(0xfeff);
        }
        return e.encode();
    }

    private static final class WideDecoder extends Decoder {
        private final int unit;
        private final boolean big;
        private final int start;

        WideDecoder(String encoding, String errors, byte[] in, int unit, boolean big, int start) {
            super(encoding, errors, in);
            this.unit = unit;
            this.big = big;
            this.start = start;
        }

        private long read(int i) {
            long v = 0;
            for (int k = 0; k < unit; k++) {
                int b = in[big ? i + k : i + unit - 1 - k] & 0xff;
                v = (v << 8) | b;
            }
            return v;
        }

        @Override
        String decode() {
            int n = in.length;
            int i = start;
            while (i < n) {
                if (n - i < unit) {
                    i = error(i, n, "truncated data");
                    continue;
                }
                long u = read(i);
                if (unit == 4) {
                    if (u > 0x10ffff) {
                        i = error(i, i + 4, "code point not in range(0x110000)");
                    } else if (u >= 0xd800 && u <= 0xdfff) {
                        i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                    } else {
                        out.appendCodePoint((int) u);
                        i += 4;
                    }
                    continue;
                }
                if (u < 0xd800 || u > 0xdfff) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xdc00) {
                    i = error(i, i + 2, "illegal encoding");
                } else if (n - i < 4) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    long u2 = read(i + 2);
                    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                        out.append((char) u).append((char) u2);
                        i += 4;
                    } else {
                        i = error(i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
            return out.toString();
        }

        @Override
        int surrogatePass(int at) {
            if (at + unit > in.length) {
                return -1;
            }
            long u = read(at);
            if (u >= 0xd800 && u <= 0xdfff) {
                out.append((char) u);
                return at + unit;
            }
            return -1;
        }
    }

    private static final class WideEncoder extends Encoder {
        private final int unit;
        private final boolean big;

        WideEncoder(String encoding, String errors, String s, int unit, boolean big) {
            super(encoding, errors, s);
            this.unit = unit;
            this.big = big;
        }

        void writeUnit(long v) {
            for (int k = 0; k < unit; k++) {
                int shift = 8 * (big ? unit - 1 - k : k);
                out.append((byte) (v >>> shift));
            }
        }

        @Override
        byte[] encode() {
            int i = 0;
            while (i < cps.length) {
                int cp = cps[i];
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    i = error(i, i + 1, "surrogates not allowed");
                    continue;
                }
                if (unit == 2 && cp >= 0x10000) {
                    writeUnit(Character.highSurrogate(cp));
                    writeUnit(Character.lowSurrogate(cp));
                } else {
                    writeUnit(cp);
                }
                i++;
            }
            return out.toArray();
        }

        @Override
        void writeAscii(int c) {
            writeUnit(c);
        }

        @Override
        boolean surrogatePass(int cp) {
            writeUnit(cp);
            return true;
        }

        @Override
        boolean acceptsRawBytes() {
            return false;
        }
    }
}
