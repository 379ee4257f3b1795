package dev.taipan.runtime.zlib;

/** Adler-32 from any start value (java.util.zip.Adler32 always starts at 1). */
public final class Adler32 {
    private Adler32() {
    }

    private static final int MOD = 65521;

    public static long update(long start, byte[] data) {
        long a = start & 0xffff;
        long b = (start >>> 16) & 0xffff;
        int i = 0;
        while (i < data.length) {
            // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced
            int end = Math.min(data.length, i + 5552);
            for (; i < end; i++) {
                a += data[i] & 0xff;
                b += a;
            }
            a %= MOD;
            b %= MOD;
        }
        return (b << 16) | a;
    }
}
