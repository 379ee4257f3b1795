package dev.taipan.runtime.bytes;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The one-argument forms of {@code bytes(x)} and {@code bytearray(x)} (CPython's
 * PyBytes_FromObject and bytearray_init): a count of zero bytes, a copy of a bytes-like object,
 * or the ints of an iterable.
 */
public final class BytesFromObject {
    private BytesFromObject() {
    }

    /**
     * The bytes of {@code x} for {@code bytes(x)} ({@code typeName} "bytes") or
     * {@code bytearray(x)} ("bytearray"); str must be rejected by the caller.
     */
    @TruffleBoundary
    public static byte[] convert(Object x, String typeName) {
        return convert(x, typeName, true);
    }

    /**
     * CPython's PyObject_Bytes: a bytes-like object, {@code __bytes__}, or an iterable of ints
     * (no count, no str).
     */
    @TruffleBoundary
    public static byte[] bytesOf(Object x) {
        byte[] b = BytesLike.bytesOrNull(x);
        if (b != null) {
            return b;
        }
        Object m = PyObjectGetClass.get(x).lookup("__bytes__");
        if (m != null && m != dev.taipan.runtime.objects.PNone.NONE) {
            Object r = dev.taipan.runtime.function.CallDispatch.callMethod(m, x);
            if (!(r instanceof dev.taipan.runtime.objects.PBytes rb)) {
                throw PythonErrors.typeError("__bytes__ returned non-bytes (type %s)", PyObjectGetClass.typeName(r));
            }
            return rb.bytes();
        }
        if (x instanceof String || PPrimitiveObject.strValue(x) != null) {
            throw PythonErrors.typeError("cannot convert '%s' object to bytes", PyObjectGetClass.typeName(x));
        }
        return convert(x, "bytes", false);
    }

    private static byte[] convert(Object x, String typeName, boolean allowCount) {
        if (allowCount && PyNumberConvert.hasIndex(x) && !BytesLike.check(x)) {
            long n = PyNumberConvert.asSize(x, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw PythonErrors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
            }
            return new byte[(int) n];
        }
        byte[] b = BytesLike.bytesOrNull(x);
        if (b != null) {
            return b.clone();
        }
        String rangeMessage = typeName.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
        if (x instanceof PList l) {
            return fromItems(l.toArray(), rangeMessage);
        } else if (x instanceof PTuple t) {
            return fromItems(t.items(), rangeMessage);
        }
        Object it;
        try {
            it = PyObjectIter.getIter(x);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR)) {
                throw PythonErrors.typeError("cannot convert '%s' object to %s", PyObjectGetClass.typeName(x), typeName);
            }
            throw e;
        }
        ByteBuilder out = new ByteBuilder();
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            out.append((byte) byteValue(v, rangeMessage));
        }
        return out.toArray();
    }

    private static byte[] fromItems(Object[] items, String rangeMessage) {
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) byteValue(items[i], rangeMessage);
        }
        return out;
    }

    /** An int 0..255 from an object with {@code __index__}; ValueError {@code rangeMessage} otherwise. */
    public static int byteValue(Object v, String rangeMessage) {
        long n = v instanceof Long l ? l : PyNumberConvert.asSize(v, null);
        if (n < 0 || n > 255) {
            throw PythonErrors.valueError(rangeMessage);
        }
        return (int) n;
    }

    /** bytearray's "byte must be in range(0, 256)". */
    public static int byteValue(Object v) {
        return byteValue(v, "byte must be in range(0, 256)");
    }
}
