package dev.taipan.runtime.objects;

import java.util.Arrays;

import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code bytearray}: a growable byte[] of which the first {@link #length()} bytes are live. */
public final class PByteArray extends PythonObject implements BufferExporter {
    private static final byte[] EMPTY = new byte[0];

    private byte[] storage;
    private int length;

    public PByteArray() {
        this.storage = EMPTY;
    }

    public PByteArray(PythonClass cls) {
        super(cls);
        this.storage = EMPTY;
    }

    /** Takes ownership of {@code bytes}. */
    public PByteArray(byte[] bytes) {
        this.storage = bytes;
        this.length = bytes.length;
    }

    public int length() {
        return length;
    }

    /** The backing array: only the first {@link #length()} bytes are live. */
    public byte[] storage() {
        return storage;
    }

    /** A copy of the live bytes. */
    public byte[] toBytes() {
        return Arrays.copyOf(storage, length);
    }

    public int get(int i) {
        return storage[i] & 0xff;
    }

    public void set(int i, int b) {
        storage[i] = (byte) b;
    }

    /** {@code __alloc__}: the allocated size (one more than the length, for the trailing NUL CPython keeps). */
    public int allocated() {
        return length == 0 && storage.length == 0 ? 0 : Math.max(storage.length, length + 1);
    }

    public void ensureCapacity(int n) {
        if (n > storage.length) {
            if (n < 0) {
                throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
            }
            long grown = storage.length + (storage.length >> 1) + 8L;
            storage = Arrays.copyOf(storage, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(n, grown)));
        }
    }

    public void append(int b) {
        ensureCapacity(length + 1);
        storage[length++] = (byte) b;
    }

    public void append(byte[] b, int from, int count) {
        ensureCapacity(length + count);
        System.arraycopy(b, from, storage, length, count);
        length += count;
    }

    public void insert(int index, int b) {
        ensureCapacity(length + 1);
        System.arraycopy(storage, index, storage, index + 1, length - index);
        storage[index] = (byte) b;
        length++;
    }

    public int removeAt(int index) {
        int b = storage[index] & 0xff;
        System.arraycopy(storage, index + 1, storage, index, length - index - 1);
        length--;
        return b;
    }

    /** Replaces bytes [start, stop) with {@code count} bytes of {@code src} from {@code from}. */
    public void replace(int start, int stop, byte[] src, int from, int count) {
        int growth = count - (stop - start);
        if (growth > 0) {
            ensureCapacity(length + growth);
        }
        System.arraycopy(storage, stop, storage, stop + growth, length - stop);
        System.arraycopy(src, from, storage, start, count);
        length += growth;
    }

    /** Replaces the contents (the bytearray takes ownership of the array). */
    public void setContents(byte[] bytes, int newLength) {
        this.storage = bytes;
        this.length = newLength;
    }

    public void clear() {
        storage = EMPTY;
        length = 0;
    }

    @Override
    public byte[] bufferArray() {
        return storage;
    }

    @Override
    public int bufferLength() {
        return length;
    }

    @Override
    public boolean isBufferReadonly() {
        return false;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.BYTEARRAY;
    }
}
