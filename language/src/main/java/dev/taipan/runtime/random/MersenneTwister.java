package dev.taipan.runtime.random;

/**
 * MT19937 (Matsumoto and Nishimura), seeded and consumed exactly like CPython's _random so that
 * the same seed gives the same stream: init_by_array over the seed's 32-bit words, 53-bit
 * floats from two draws, getrandbits from whole words dropping low bits of the last one.
 */
public final class MersenneTwister {
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] mt = new int[N];
    int index = N + 1;

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from an array of 32-bit words (least significant word of the seed first). */
    public void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** The next 32 random bits. */
    public int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A float in [0, 1) with 53 random bits. */
    public double nextDouble() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code k} random bits as little-endian 32-bit words (k > 0). */
    public int[] nextWords(int k) {
        int words = (k - 1) / 32 + 1;
        int[] out = new int[words];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            out[i] = r;
        }
        return out;
    }

    public int[] state() {
        return mt.clone();
    }

    public int index() {
        return index;
    }

    public void setState(int[] state, int newIndex) {
        System.arraycopy(state, 0, mt, 0, N);
        index = newIndex;
    }
}
