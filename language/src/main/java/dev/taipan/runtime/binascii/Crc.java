package dev.taipan.runtime.binascii;

/** The checksums of binascii: CRC-32 (zlib's, reflected 0xEDB88320) and CRC-CCITT (crc_hqx). */
public final class Crc {
    private static final int[] CRC32 = new int[256];
    private static final int[] CCITT = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CCITT[n] = h & 0xffff;
        }
    }

    private Crc() {
    }

    /** CRC-32 of data continuing from {@code start} (a previous result, or 0). */
    public static long crc32(byte[] data, int start) {
        int c = ~start;
        for (byte b : data) {
            c = CRC32[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return (~c) & 0xffffffffL;
    }

    public static long crcHqx(byte[] data, int start) {
        int crc = start & 0xffff;
        for (byte b : data) {
            crc = ((crc << 8) & 0xff00) ^ CCITT[((crc >> 8) & 0xff) ^ (b & 0xff)];
        }
        return crc;
    }
}
