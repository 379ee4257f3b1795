package dev.taipan.runtime.hash;

/** BLAKE2b (64-bit words, 12 rounds, digests up to 64 bytes), keyed or not. */
public final class Blake2b implements HashEngine {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final int BLOCK = 128;

    private final int digestSize;
    private final boolean lastNode;
    private final long[] h;
    private final byte[] buffer;
    private int buffered;
    private long counter;

    private Blake2b(int digestSize, boolean lastNode, long[] h, byte[] buffer, int buffered, long counter) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        this.h = h;
        this.buffer = buffer;
        this.buffered = buffered;
        this.counter = counter;
    }

    public static Blake2b create(Blake2Params p) {
        byte[] block = p.block(true);
        long[] h = new long[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le64(block, 8 * i);
        }
        Blake2b b = new Blake2b(p.digestSize(), p.lastNode(), h, new byte[BLOCK], 0, 0);
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            b.update(k);
        }
        return b;
    }

    static long le64(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }

    @Override
    public String name() {
        return "blake2b";
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return BLOCK;
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        while (i < data.length) {
            if (buffered == BLOCK) {
                // a full block is compressed only once more input shows it is not the last
                counter += BLOCK;
                compress(h, buffer, counter, false, false);
                buffered = 0;
            }
            int n = Math.min(BLOCK - buffered, data.length - i);
            System.arraycopy(data, i, buffer, buffered, n);
            buffered += n;
            i += n;
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] v = h.clone();
        byte[] last = new byte[BLOCK];
        System.arraycopy(buffer, 0, last, 0, buffered);
        compress(v, last, counter + buffered, true, lastNode);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (v[i >> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2b(digestSize, lastNode, h.clone(), buffer.clone(), buffered, counter);
    }

    private static void compress(long[] h, byte[] block, long t, boolean last, boolean lastNode) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le64(block, 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
