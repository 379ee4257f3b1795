package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.zlib.PCompress;
import dev.taipan.runtime.zlib.PDecompress;

/** The methods and attributes of zlib.Decompress objects. */
public final class DecompressBuiltins {
    private DecompressBuiltins() {
    }

    static PDecompress self(Object o) {
        if (o instanceof PDecompress d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a 'zlib.Decompress' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "decompress", params = {"self", "data", "max_length"}, posOnly = 2, required = 2)
    @GenerateNodeFactory
    public abstract static class DecompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data, Object maxLength) {
            long max = maxLength == PNone.NO_VALUE ? 0 : PyNumberConvert.asSize(maxLength, BuiltinType.OVERFLOW_ERROR);
            if (max < 0) {
                throw PythonErrors.valueError("max_length must be non-negative");
            }
            return new PBytes(self(self).decompress(BytesLike.require(data), max));
        }
    }

    @Builtin(name = "flush", params = {"self", "length"}, required = 1)
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object length) {
            if (length != PNone.NO_VALUE && PyNumberConvert.asSize(length, BuiltinType.OVERFLOW_ERROR) <= 0) {
                throw PythonErrors.valueError("length must be greater than zero");
            }
            return new PBytes(self(self).flush());
        }
    }

    @Builtin(name = "unconsumed_tail", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class UnconsumedTailNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return new PBytes(self(self).unconsumedTail());
        }
    }
}
