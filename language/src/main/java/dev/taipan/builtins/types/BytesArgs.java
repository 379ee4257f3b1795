package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesFromObject;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The receiver and argument conventions of the methods bytes and bytearray share: the content of
 * self, results of self's kind (a bytearray method returns bytearrays), and the argument forms
 * (a byte as int or bytes-like, slice-like start/end, fill bytes).
 */
final class BytesArgs {
    private BytesArgs() {
    }

    /**
     * The content of self: bytes' own array (not to be modified) or a copy of a bytearray's live
     * bytes.
     */
    static byte[] data(Object self, String method) {
        if (self instanceof PBytes b) {
            return b.bytes();
        } else if (self instanceof PByteArray ba) {
            return ba.toBytes();
        }
        throw wrongSelf("bytes", method, self);
    }

    /**
     * CPython's TypeError for a method called on the wrong type: slot wrappers (dunders) say
     * "requires a", method descriptors "doesn't apply to".
     */
    static RuntimeException wrongSelf(String type, String method, Object self) {
        if (method.startsWith("__") && !method.equals("__getnewargs__") && !method.equals("__bytes__") && !method.startsWith("__reduce") && !method.equals("__alloc__")) {
            return PythonErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", method, type, PyObjectGetClass.typeName(self));
        }
        return PythonErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, type, PyObjectGetClass.typeName(self));
    }

    /** The Python name of a shared builtin node, looked up only when self has the wrong type. */
    static String methodName(com.oracle.truffle.api.nodes.Node node, Object self) {
        if (self instanceof PBytes || self instanceof PByteArray) {
            return null;
        }
        for (Class<?> c = node.getClass(); c != null; c = c.getSuperclass()) {
            dev.taipan.builtins.Builtin b = dev.taipan.builtins.BuiltinAnnotations.of(c);
            if (b != null) {
                return b.name();
            }
        }
        return "?";
    }

    static boolean isByteArray(Object self) {
        return self instanceof PByteArray;
    }

    /** A result of self's kind: bytes for bytes and its subclasses, a new bytearray for bytearray. */
    static Object wrap(Object self, byte[] result) {
        if (self instanceof PByteArray) {
            return new PByteArray(result);
        }
        return new PBytes(result);
    }

    /** Like {@link #wrap} but for a result that may be self's own array unchanged (bytes only). */
    static Object wrapMaybeSame(Object self, byte[] original, byte[] result) {
        if (result == original && self instanceof PBytes b && b.getExplicitClass() == null) {
            return self;
        }
        if (self instanceof PByteArray && result == original) {
            return new PByteArray(result.clone());
        }
        return wrap(self, result);
    }

    static String kindName(Object self) {
        return self instanceof PByteArray ? "bytearray" : "bytes";
    }

    /** A search argument: an int 0..255 or a bytes-like object. */
    @TruffleBoundary
    static byte[] subArg(Object sub) {
        byte[] b = BytesLike.bytesOrNull(sub);
        if (b != null) {
            return b;
        }
        if (PyNumberConvert.hasIndex(sub)) {
            return new byte[]{(byte) BytesFromObject.byteValue(sub)};
        }
        throw PythonErrors.typeError("argument should be integer or bytes-like object, not '%s'", PyObjectGetClass.typeName(sub));
    }

    /** A slice-like start or end argument (None or absent for the default), adjusted to 0..len. */
    static int index(Object o, int len, int dflt) {
        if (o == PNone.NO_VALUE || o == PNone.NONE) {
            return dflt;
        }
        return BytesOps.adjustIndex(PyNumberConvert.sliceIndex(o), len);
    }

    /** The start argument: like {@link #index} but a start past the end stays past it. */
    static int start(Object o, int len) {
        if (o == PNone.NO_VALUE || o == PNone.NONE) {
            return 0;
        }
        long v = PyNumberConvert.sliceIndex(o);
        if (v > len) {
            return len + 1;
        }
        return BytesOps.adjustIndex(v, len);
    }

    /** A bytes-like argument, "a bytes-like object is required, not 'str'" otherwise. */
    static byte[] bytesArg(Object o) {
        return BytesLike.require(o);
    }

    /** A width argument (padding). */
    static int width(Object w) {
        return (int) Math.min(Integer.MAX_VALUE, PyNumberConvert.asSize(w, BuiltinType.OVERFLOW_ERROR));
    }

    /** The fill byte of center/ljust/rjust: a bytes or bytearray of length 1. */
    static byte fill(Object fill, String method) {
        if (fill == PNone.NO_VALUE) {
            return ' ';
        }
        if ((fill instanceof PBytes b && b.size() == 1)) {
            return b.bytes()[0];
        }
        if (fill instanceof PByteArray ba && ba.length() == 1) {
            return (byte) ba.get(0);
        }
        throw PythonErrors.typeError("%s() argument 2 must be a byte string of length 1, not %s", method, PyObjectGetClass.typeName(fill));
    }
}
