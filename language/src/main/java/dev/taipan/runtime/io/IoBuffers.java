package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PMemoryView;

/** The writable buffers readinto() fills: bytearray and writable contiguous memoryviews. */
public final class IoBuffers {
    private IoBuffers() {
    }

    @TruffleBoundary
    public static int capacity(Object target) {
        if (target instanceof PByteArray ba) {
            return ba.length();
        }
        if (target instanceof PMemoryView mv && !mv.isReadonly()) {
            return mv.nbytes();
        }
        throw PythonErrors.typeError("readinto() argument must be read-write bytes-like object, not %s", PyObjectGetClass.typeName(target));
    }

    @TruffleBoundary
    public static void copyInto(Object target, byte[] data, int n) {
        if (target instanceof PByteArray ba) {
            System.arraycopy(data, 0, ba.storage(), 0, n);
        } else if (target instanceof PMemoryView mv) {
            System.arraycopy(data, 0, mv.exporter().bufferArray(), mv.offset(), n);
        }
    }
}
