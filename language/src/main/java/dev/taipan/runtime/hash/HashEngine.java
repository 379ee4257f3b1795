package dev.taipan.runtime.hash;

/** The running state of one hash algorithm behind a hashlib-style object. */
public interface HashEngine {
    /** hashlib's name of the algorithm, such as "sha256". */
    String name();

    /** Bytes in a digest; 0 for the variable-length SHAKE functions. */
    int digestSize();

    /** Bytes in an internal block (used by hmac). */
    int blockSize();

    void update(byte[] data);

    /** The digest of everything so far (of {@code length} bytes for SHAKE); the state goes on. */
    byte[] digest(int length);

    /** An independent copy of the current state. */
    HashEngine copy();
}
