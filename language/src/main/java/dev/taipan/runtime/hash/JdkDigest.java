package dev.taipan.runtime.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, SHA-1 and SHA-2 through the JDK's MessageDigest. */
public final class JdkDigest implements HashEngine {
    private final String name;
    private final int blockSize;
    private final MessageDigest md;

    private JdkDigest(String name, int blockSize, MessageDigest md) {
        this.name = name;
        this.blockSize = blockSize;
        this.md = md;
    }

    /** A fresh digest for hashlib's {@code name} (md5, sha1, sha224, sha256, sha384, sha512). */
    public static JdkDigest create(String name) {
        String algorithm = switch (name) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            default -> "SHA-512";
        };
        int block = name.equals("sha384") || name.equals("sha512") ? 128 : 64;
        try {
            return new JdkDigest(name, block, MessageDigest.getInstance(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return md.getDigestLength();
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public void update(byte[] data) {
        md.update(data);
    }

    private MessageDigest cloned() {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK digests are cloneable", e);
        }
    }

    @Override
    public byte[] digest(int length) {
        return cloned().digest();
    }

    @Override
    public HashEngine copy() {
        return new JdkDigest(name, blockSize, cloned());
    }
}
