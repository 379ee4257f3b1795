package dev.taipan.runtime.array;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.bytes.BufferFormat;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * An {@code array.array}: items of one C type packed in a byte array in native order, exactly as
 * CPython keeps them, so the buffer protocol (bytes(a), memoryview(a)) sees the real memory.
 */
public final class PArray extends PythonObject implements BufferExporter {
    public final ArrayFormat format;
    private byte[] data;
    private int length;

    public PArray(PythonClass cls, ArrayFormat format) {
        super(cls);
        this.format = format;
        this.data = new byte[0];
    }

    public PArray(ArrayFormat format, byte[] data) {
        super(null);
        this.format = format;
        this.data = data;
        this.length = data.length / format.itemsize;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ARRAY;
    }

    public int length() {
        return length;
    }

    public int itemsize() {
        return format.itemsize;
    }

    /** The live bytes of the items (a copy). */
    public byte[] toBytes() {
        return Arrays.copyOf(data, length * format.itemsize);
    }

    public Object get(int i) {
        return format.get(data, i * format.itemsize);
    }

    public void set(int i, Object v) {
        format.set(data, i * format.itemsize, v);
    }

    private void ensureCapacity(int items) {
        int need = items * format.itemsize;
        if (need < 0 || items > Integer.MAX_VALUE / format.itemsize) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length + (data.length >> 1) + 16));
        }
    }

    @TruffleBoundary
    public void append(Object v) {
        long bits = format.bits(v);
        ensureCapacity(length + 1);
        ArrayFormat.write(data, length * format.itemsize, format.itemsize, bits);
        length++;
    }

    @TruffleBoundary
    public void appendBytes(byte[] b) {
        int n = b.length / format.itemsize;
        ensureCapacity(length + n);
        System.arraycopy(b, 0, data, length * format.itemsize, n * format.itemsize);
        length += n;
    }

    @TruffleBoundary
    public void insert(int i, Object v) {
        long bits = format.bits(v);
        ensureCapacity(length + 1);
        int s = format.itemsize;
        System.arraycopy(data, i * s, data, (i + 1) * s, (length - i) * s);
        ArrayFormat.write(data, i * s, s, bits);
        length++;
    }

    /** Removes items [from, to). */
    @TruffleBoundary
    public void delete(int from, int to) {
        int s = format.itemsize;
        System.arraycopy(data, to * s, data, from * s, (length - to) * s);
        length -= to - from;
    }

    /** Replaces items [from, to) with the bytes {@code b} (a whole number of items). */
    @TruffleBoundary
    public void replace(int from, int to, byte[] b) {
        int s = format.itemsize;
        int n = b.length / s;
        int newLength = length - (to - from) + n;
        ensureCapacity(newLength);
        System.arraycopy(data, to * s, data, (from + n) * s, (length - to) * s);
        System.arraycopy(b, 0, data, from * s, n * s);
        length = newLength;
    }

    /** Truncates to {@code n} items (rolling back a failed bulk append). */
    public void truncate(int n) {
        length = n;
    }

    @TruffleBoundary
    public void reverse() {
        int s = format.itemsize;
        byte[] tmp = new byte[s];
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            System.arraycopy(data, i * s, tmp, 0, s);
            System.arraycopy(data, j * s, data, i * s, s);
            System.arraycopy(tmp, 0, data, j * s, s);
        }
    }

    @TruffleBoundary
    public void byteswap() {
        int s = format.itemsize;
        for (int i = 0; i < length; i++) {
            for (int a = i * s, b = a + s - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    @Override
    public byte[] bufferArray() {
        return data;
    }

    @Override
    public int bufferLength() {
        return length * format.itemsize;
    }

    @Override
    public boolean isBufferReadonly() {
        return false;
    }

    @Override
    public BufferFormat bufferFormat() {
        // memoryview has no format for wchar_t items: 'u' arrays are exported as bytes
        BufferFormat f = format == ArrayFormat.UNICODE ? null : BufferFormat.parse(String.valueOf(format.code));
        return f == null ? BufferFormat.UNSIGNED_BYTE : f;
    }
}
