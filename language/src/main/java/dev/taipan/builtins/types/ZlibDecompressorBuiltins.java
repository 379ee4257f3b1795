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
import dev.taipan.runtime.zlib.PDecompress;
import dev.taipan.runtime.zlib.PZlibDecompressor;

/** zlib._ZlibDecompressor: constructor, decompress(data, max_length=-1), eof, unused_data, needs_input. */
public final class ZlibDecompressorBuiltins {
    private ZlibDecompressorBuiltins() {
    }

    static PZlibDecompressor self(Object o) {
        if (o instanceof PZlibDecompressor d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a 'zlib._ZlibDecompressor' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "wbits", "zdict"}, posOnly = 1, required = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object wbits, Object zdict) {
            long w = wbits == PNone.NO_VALUE ? 15 : PyNumberConvert.asSize(wbits, BuiltinType.OVERFLOW_ERROR);
            byte[] dict = zdict == PNone.NO_VALUE ? null : BytesLike.require(zdict, "zdict argument must support the buffer protocol");
            return new PZlibDecompressor(PDecompress.forObject(w, dict));
        }
    }

    @Builtin(name = "decompress", params = {"self", "data", "max_length"}, required = 2)
    @GenerateNodeFactory
    public abstract static class DecompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object data, Object maxLength) {
            long max = maxLength == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(maxLength, BuiltinType.OVERFLOW_ERROR);
            return new PBytes(self(self).decompress(BytesLike.require(data), max));
        }
    }

    @Builtin(name = "needs_input", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NeedsInputNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).needsInput();
        }
    }
}
