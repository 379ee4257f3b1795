package dev.taipan.runtime.hash;

/** BLAKE2s (32-bit words, 10 rounds, digests up to 32 bytes), keyed or not. */
public final class Blake2s implements HashEngine {
    private static final int[] IV = {
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
    };
    private static final int BLOCK = 64;

    private final int digestSize;
    private final boolean lastNode;
    private final int[] h;
    private final byte[] buffer;
    private int buffered;
    private long counter;

    private Blake2s(int digestSize, boolean lastNode, int[] h, byte[] buffer, int buffered, long counter) {
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        this.h = h;
        this.buffer = buffer;
        this.buffered = buffered;
        this.counter = counter;
    }

    public static Blake2s create(Blake2Params p) {
        byte[] block = p.block(false);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le32(block, 4 * i);
        }
        Blake2s b = new Blake2s(p.digestSize(), p.lastNode(), h, new byte[BLOCK], 0, 0);
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            b.update(k);
        }
        return b;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    @Override
    public String name() {
        return "blake2s";
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
        int[] v = h.clone();
        byte[] last = new byte[BLOCK];
        System.arraycopy(buffer, 0, last, 0, buffered);
        compress(v, last, counter + buffered, true, lastNode);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (v[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2s(digestSize, lastNode, h.clone(), buffer.clone(), buffered, counter);
    }

    private static void compress(int[] h, byte[] block, long t, boolean last, boolean lastNode) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le32(block, 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
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

    private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
