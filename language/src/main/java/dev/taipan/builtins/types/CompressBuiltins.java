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

/** The methods of zlib.Compress objects. */
public final class CompressBuiltins {
    private CompressBuiltins() {
    }

    static PCompress self(Object o) {
        if (o instanceof PCompress c) {
            return c;
        }
        throw PythonErrors.typeError("descriptor requires a 'zlib.Compress' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "compress", params = {"self", "data"})
    @GenerateNodeFactory
    public abstract static class CompressNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data) {
            return new PBytes(self(self).compress(BytesLike.require(data)));
        }
    }

    @Builtin(name = "flush", params = {"self", "mode"}, required = 1)
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object mode) {
            int m = mode == PNone.NO_VALUE ? PCompress.Z_FINISH : PyNumberConvert.asInt(mode);
            return new PBytes(self(self).flush(m));
        }
    }
}
