package dev.taipan.runtime.hash;

/**
 * The parameter block of BLAKE2b/BLAKE2s (RFC 7693 and the BLAKE2 paper): digest and key
 * lengths, tree parameters, salt and personalization, serialized as the spec lays them out.
 */
public record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
                boolean lastNode) {

    /** The block for BLAKE2b (64 bytes) or BLAKE2s (32 bytes), little-endian fields. */
    byte[] block(boolean big) {
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (leafSize >>> (8 * i));
        }
        int offsetBytes = big ? 8 : 6;
        for (int i = 0; i < offsetBytes; i++) {
            p[8 + i] = (byte) (nodeOffset >>> (8 * i));
        }
        int at = big ? 16 : 14;
        p[at] = (byte) nodeDepth;
        p[at + 1] = (byte) innerSize;
        int saltAt = big ? 32 : 16;
        int personAt = big ? 48 : 24;
        System.arraycopy(salt, 0, p, saltAt, salt.length);
        System.arraycopy(person, 0, p, personAt, person.length);
        return p;
    }
}
