package dev.taipan.runtime.zlib;

import java.io.ByteArrayOutputStream;

/** The gzip member header and trailer (RFC 1952) around a raw deflate stream. */
final class GzipWrapper {
    private GzipWrapper() {
    }

    static final int FHCRC = 2;
    static final int FEXTRA = 4;
    static final int FNAME = 8;
    static final int FCOMMENT = 16;

    /** The header zlib writes: no name, mtime 0, OS "Unix", XFL from the level and strategy. */
    static byte[] header(int level, int strategy) {
        int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
        return new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    static void trailer(ByteArrayOutputStream out, int crc, long size) {
        putIntLE(out, crc);
        putIntLE(out, (int) size);
    }

    private static void putIntLE(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    static int intLE(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /**
     * The length of the complete header at the start of {@code b[0..n)}, 0 when more bytes are
     * needed, or -1 when it is not a gzip header.
     */
    static int headerLength(byte[] b, int n) {
        if (n >= 1 && (b[0] & 0xff) != 0x1f || n >= 2 && (b[1] & 0xff) != 0x8b || n >= 3 && b[2] != 8) {
            return -1;
        }
        if (n < 10) {
            return 0;
        }
        int flags = b[3] & 0xff;
        int i = 10;
        if ((flags & FEXTRA) != 0) {
            if (n < i + 2) {
                return 0;
            }
            i += 2 + ((b[i] & 0xff) | (b[i + 1] & 0xff) << 8);
        }
        for (int f : new int[]{FNAME, FCOMMENT}) {
            if ((flags & f) != 0) {
                while (i < n && b[i] != 0) {
                    i++;
                }
                if (i >= n) {
                    return 0;
                }
                i++;
            }
        }
        if ((flags & FHCRC) != 0) {
            i += 2;
        }
        return i <= n ? i : 0;
    }
}
