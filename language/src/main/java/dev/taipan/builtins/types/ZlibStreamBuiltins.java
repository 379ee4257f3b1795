package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.zlib.ZlibStream;

/** {@code eof} and {@code unused_data} of zlib.Decompress and zlib._ZlibDecompressor. */
public final class ZlibStreamBuiltins {
    private ZlibStreamBuiltins() {
    }

    static ZlibStream self(Object o) {
        if (o instanceof ZlibStream s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor requires a zlib decompressor object but received '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "eof", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EofNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).isEof();
        }
    }

    @Builtin(name = "unused_data", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class UnusedDataNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return new PBytes(self(self).unusedData());
        }
    }
}
