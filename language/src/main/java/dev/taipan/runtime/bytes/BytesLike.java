package dev.taipan.runtime.bytes;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PMemoryView;

/**
 * "A bytes-like object": what CPython accepts through the buffer protocol
 * ({@code PyObject_GetBuffer} with {@code PyBUF_SIMPLE}): bytes, bytearray, memoryview and any
 * other {@link BufferExporter}, including instances of their subclasses.
 */
public final class BytesLike {
    private BytesLike() {
    }

    /** True when {@code o} supports the buffer protocol. */
    public static boolean check(Object o) {
        return o instanceof BufferExporter || o instanceof PMemoryView;
    }

    /**
     * The content of a bytes-like object as an array of exactly its length, or null when
     * {@code o} is not bytes-like. The array may be {@code o}'s own (for bytes): callers must not
     * modify it, and must copy it if they keep it while guest code can run.
     */
    @TruffleBoundary
    public static byte[] bytesOrNull(Object o) {
        if (o instanceof PBytes b) {
            return b.bytes();
        } else if (o instanceof PByteArray ba) {
            return ba.toBytes();
        } else if (o instanceof PMemoryView mv) {
            return mv.toBytes();
        } else if (o instanceof BufferExporter e) {
            return Arrays.copyOf(e.bufferArray(), e.bufferLength());
        }
        return null;
    }

    /** The content of a bytes-like object; TypeError "a bytes-like object is required, not 'T'". */
    public static byte[] require(Object o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyObjectGetClass.typeName(o));
        }
        return b;
    }

    /** Like {@link #require(Object)} with a custom message: {@code format} gets the type name. */
    public static byte[] require(Object o, String format) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError(format, PyObjectGetClass.typeName(o));
        }
        return b;
    }

    /** The number of bytes of a bytes-like object (without copying), or -1. */
    public static int length(Object o) {
        if (o instanceof BufferExporter e) {
            return e.bufferLength();
        } else if (o instanceof PMemoryView mv) {
            return mv.checkReleased().nbytes();
        }
        return -1;
    }
}
