package dev.taipan.runtime.hash;

/**
 * The Keccak-f[1600] sponge (FIPS 202): SHA3-224/256/384/512 (domain bits 01) and the
 * SHAKE128/256 extendable-output functions (domain bits 1111).
 */
public final class Keccak implements HashEngine {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of lane x + 5y. */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    private final String name;
    private final int rate;
    private final int outputSize;
    private final byte suffix;
    private final long[] state;
    private final byte[] buffer;
    private int buffered;

    private Keccak(String name, int rate, int outputSize, byte suffix, long[] state, byte[] buffer, int buffered) {
        this.name = name;
        this.rate = rate;
        this.outputSize = outputSize;
        this.suffix = suffix;
        this.state = state;
        this.buffer = buffer;
        this.buffered = buffered;
    }

    /** sha3_224 ... sha3_512, shake_128, shake_256. */
    public static Keccak create(String name) {
        boolean shake = name.startsWith("shake");
        int bits = Integer.parseInt(name.substring(name.indexOf('_') + 1));
        int rate = 200 - 2 * (bits / 8);
        return new Keccak(name, rate, shake ? 0 : bits / 8, shake ? (byte) 0x1f : (byte) 0x06, new long[25], new byte[rate], 0);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return outputSize;
    }

    @Override
    public int blockSize() {
        return rate;
    }

    @Override
    public void update(byte[] data) {
        int i = 0;
        while (i < data.length) {
            int n = Math.min(rate - buffered, data.length - i);
            System.arraycopy(data, i, buffer, buffered, n);
            buffered += n;
            i += n;
            if (buffered == rate) {
                absorb(state, buffer, rate);
                buffered = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        int outLen = outputSize > 0 ? outputSize : length;
        long[] s = state.clone();
        byte[] last = new byte[rate];
        System.arraycopy(buffer, 0, last, 0, buffered);
        last[buffered] ^= suffix;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last, rate);
        byte[] out = new byte[outLen];
        int pos = 0;
        while (true) {
            for (int i = 0; i < rate && pos < outLen; i++, pos++) {
                out[pos] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
            }
            if (pos >= outLen) {
                return out;
            }
            permute(s);
        }
    }

    @Override
    public HashEngine copy() {
        return new Keccak(name, rate, outputSize, suffix, state.clone(), buffer.clone(), buffered);
    }

    private static void absorb(long[] s, byte[] block, int rate) {
        for (int i = 0; i < rate; i++) {
            s[i >> 3] ^= (block[i] & 0xffL) << (8 * (i & 7));
        }
        permute(s);
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
