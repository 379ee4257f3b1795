package dev.taipan.runtime.bytes;

/**
 * An object that exports its memory as a one-dimensional buffer of unsigned bytes (CPython's
 * buffer protocol, {@code bf_getbuffer}, for the simple case): {@code bytes}, {@code bytearray}
 * and any other VM object that holds raw bytes. A {@code memoryview} over an exporter reads and
 * writes the live array, so it sees later changes of a mutable exporter.
 */
public interface BufferExporter {
    /** The backing array; the live bytes are {@code [0, bufferLength())}. */
    byte[] bufferArray();

    int bufferLength();

    boolean isBufferReadonly();

    /** The item format a memoryview of the exporter starts with (array.array exports its typecode). */
    default BufferFormat bufferFormat() {
        return BufferFormat.UNSIGNED_BYTE;
    }
}
