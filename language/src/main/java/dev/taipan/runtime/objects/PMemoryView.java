package dev.taipan.runtime.objects;

import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.bytes.BufferFormat;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code memoryview}: a one-dimensional window on the memory of a {@link BufferExporter}:
 * {@link #length()} elements of {@link #format()}, the first at byte {@link #offset()}, the next
 * {@link #stride()} bytes further. Views made from a view (slices, casts) share the exporter, so
 * writes through any of them are seen by all.
 */
public final class PMemoryView extends PythonObject {
    private final BufferExporter exporter;
    private final int offset;
    private final int length;
    private final int stride;
    private final BufferFormat format;
    private final boolean readonly;
    private boolean released;

    public PMemoryView(BufferExporter exporter, int offset, int length, int stride, BufferFormat format, boolean readonly) {
        this.exporter = exporter;
        this.offset = offset;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.readonly = readonly;
    }

    /** A view of all of {@code exporter}'s bytes. */
    public static PMemoryView of(BufferExporter exporter) {
        BufferFormat f = exporter.bufferFormat();
        return new PMemoryView(exporter, 0, exporter.bufferLength() / f.itemsize, f.itemsize, f, exporter.isBufferReadonly());
    }

    public BufferExporter exporter() {
        return exporter;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public int stride() {
        return stride;
    }

    public BufferFormat format() {
        return format;
    }

    public int itemsize() {
        return format.itemsize;
    }

    public boolean isReadonly() {
        return readonly;
    }

    public int nbytes() {
        return length * format.itemsize;
    }

    public boolean isContiguous() {
        return length <= 1 || stride == format.itemsize;
    }

    public boolean isReleased() {
        return released;
    }

    public void release() {
        released = true;
    }

    /** Raises the ValueError CPython raises for any use of a released view. */
    public PMemoryView checkReleased() {
        if (released) {
            throw PythonErrors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    /** The exporter's live array, after checking that the view still fits in it. */
    public byte[] array() {
        checkReleased();
        if (length > 0) {
            long first = offset;
            long last = offset + (long) (length - 1) * stride;
            if (Math.min(first, last) < 0 || Math.max(first, last) + format.itemsize > exporter.bufferLength()) {
                throw PythonErrors.raise(BuiltinType.BUFFER_ERROR, "memoryview: underlying buffer was resized");
            }
        }
        return exporter.bufferArray();
    }

    /** Byte offset of element {@code i}. */
    public int byteOffset(int i) {
        return offset + i * stride;
    }

    /** The viewed bytes, in element order, as a new array (memoryview.tobytes()). */
    public byte[] toBytes() {
        byte[] a = array();
        int size = format.itemsize;
        byte[] out = new byte[length * size];
        if (stride == size) {
            System.arraycopy(a, offset, out, 0, out.length);
        } else {
            for (int i = 0; i < length; i++) {
                System.arraycopy(a, offset + i * stride, out, i * size, size);
            }
        }
        return out;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MEMORYVIEW;
    }
}
