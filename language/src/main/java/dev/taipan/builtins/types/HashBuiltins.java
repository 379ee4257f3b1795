package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesHex;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.hash.HashEngine;
import dev.taipan.runtime.hash.PHash;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/** The methods every hashlib-style object shares (md5, sha*, sha3_*, shake_*, blake2*). */
public final class HashBuiltins {
    private HashBuiltins() {
    }

    private static PHash self(Object o) {
        if (o instanceof PHash h) {
            return h;
        }
        throw PythonErrors.typeError("descriptor requires a hash object, not '%s'", PyObjectGetClass.typeName(o));
    }

    /** The data a hash consumes: a buffer, never a str. */
    @TruffleBoundary
    public static byte[] data(Object o) {
        if (o instanceof String || StrBuiltins.asString(o) != null) {
            throw PythonErrors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = BytesLike.bytesOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError("object supporting the buffer API required");
        }
        return b;
    }

    /** SHAKE digests need a length; fixed-size digests take none. */
    @TruffleBoundary
    private static byte[] digest(PHash h, Object length, String method) {
        HashEngine e = h.engine();
        if (e.digestSize() == 0) {
            if (length == PNone.NO_VALUE) {
                throw PythonErrors.typeError("%s() missing required argument 'length' (pos 1)", method);
            }
            long n = PyNumberConvert.asSize(length, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw PythonErrors.valueError("value must be positive");
            }
            if (n >= (1L << 29)) {
                throw PythonErrors.valueError("digest length is too large");
            }
            return e.digest((int) n);
        }
        if (length != PNone.NO_VALUE) {
            throw PythonErrors.typeError("%s.%s() takes no arguments (1 given)", PyObjectGetClass.typeName(h), method);
        }
        return e.digest(0);
    }

    @Builtin(name = "update", params = {"self", "obj"})
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object obj) {
            self(self).engine().update(data(obj));
            return PNone.NONE;
        }
    }

    @Builtin(name = "digest", params = {"self", "length"}, required = 1)
    @GenerateNodeFactory
    public abstract static class DigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object length) {
            return new PBytes(digest(self(self), length, "digest"));
        }
    }

    @Builtin(name = "hexdigest", params = {"self", "length"}, required = 1)
    @GenerateNodeFactory
    public abstract static class HexDigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object length) {
            return BytesHex.hex(digest(self(self), length, "hexdigest"), PNone.NO_VALUE, PNone.NO_VALUE);
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PHash h = self(self);
            return new PHash(h.engine().copy(), h.builtinType());
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return self(self).engine().name();
        }
    }

    @Builtin(name = "digest_size", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DigestSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return (long) self(self).engine().digestSize();
        }
    }

    @Builtin(name = "block_size", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BlockSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return (long) self(self).engine().blockSize();
        }
    }
}
