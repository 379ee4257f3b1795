package dev.taipan.runtime.codecs;

import java.nio.charset.StandardCharsets;

/** ASCII and Latin-1: one byte per character, below 128 or 256. */
final class SingleByteCodecs {
    private SingleByteCodecs() {
    }

    static String decodeLatin1(byte[] in) {
        return new String(in, StandardCharsets.ISO_8859_1);
    }

    static String decodeAscii(byte[] in, String errors) {
        int i = 0;
        while (i < in.length && in[i] >= 0) {
            i++;
        }
        if (i == in.length) {
            return new String(in, StandardCharsets.ISO_8859_1);
        }
        return new AsciiDecoder(errors, in).decode();
    }

    private static final class AsciiDecoder extends Decoder {
        AsciiDecoder(String errors, byte[] in) {
            super("ascii", errors, in);
        }

        @Override
        String decode() {
            int i = 0;
            while (i < in.length) {
                if (in[i] >= 0) {
                    out.append((char) in[i++]);
                } else {
                    i = error(i, i + 1, "ordinal not in range(128)");
                }
            }
            return out.toString();
        }
    }

    static byte[] encode(String s, String errors, boolean latin1) {
        int limit = latin1 ? 0x100 : 0x80;
        boolean simple = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= limit) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return new SingleByteEncoder(latin1 ? "latin-1" : "ascii", errors, s, limit).encode();
    }

    private static final class SingleByteEncoder extends Encoder {
        private final int limit;

        SingleByteEncoder(String encoding, String errors, String s, int limit) {
            super(encoding, errors, s);
            this.limit = limit;
        }

        @Override
        byte[] encode() {
            String reason = limit == 0x100 ? "ordinal not in range(256)" : "ordinal not in range(128)";
            int i = 0;
            while (i < cps.length) {
                if (cps[i] < limit) {
                    out.append((byte) cps[i++]);
                    continue;
                }
                int j = i + 1;
                while (j < cps.length && cps[j] >= limit) {
                    j++;
                }
                i = error(i, j, reason);
            }
            return out.toArray();
        }

        @Override
        void writeAscii(int c) {
            out.append((byte) c);
        }
    }
}
