package dev.taipan.runtime.bytes;

import java.util.Arrays;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/** A growable byte buffer (a StringBuilder for bytes). */
public final class ByteBuilder {
    private byte[] buf;
    private int size;

    public ByteBuilder(int capacity) {
        this.buf = new byte[Math.max(capacity, 8)];
    }

    public ByteBuilder() {
        this(16);
    }

    private void ensure(int extra) {
        long need = (long) size + extra;
        if (need > buf.length) {
            if (need > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
            }
            buf = Arrays.copyOf(buf, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
        }
    }

    public ByteBuilder append(byte b) {
        ensure(1);
        buf[size++] = b;
        return this;
    }

    public ByteBuilder append(int b) {
        return append((byte) b);
    }

    public ByteBuilder append(byte[] b) {
        return append(b, 0, b.length);
    }

    public ByteBuilder append(byte[] b, int from, int count) {
        ensure(count);
        System.arraycopy(b, from, buf, size, count);
        size += count;
        return this;
    }

    /** Appends the low byte of each char of an ASCII/Latin-1 string. */
    public ByteBuilder appendLatin1(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    public int size() {
        return size;
    }

    public byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }
}
