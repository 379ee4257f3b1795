package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.struct.PStruct;
import dev.taipan.runtime.struct.StructLayout;
import dev.taipan.runtime.struct.StructOps;
import dev.taipan.runtime.types.PythonClass;

/** Methods of {@code struct.Struct}. */
public final class StructBuiltins {
    private StructBuiltins() {
    }

    private static StructLayout layout(Object self, String method) {
        if (self instanceof PStruct s) {
            return s.layout();
        }
        throw PythonErrors.typeError("descriptor '%s' for '_struct.Struct' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PStruct((PythonClass) cls, StructOps.compile(""));
        }
    }

    @Builtin(name = "__init__", params = {"self", "format"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object format) {
            layout(self, "__init__");
            ((PStruct) self).setLayout(StructOps.compile(format));
            return PNone.NONE;
        }
    }

    @Builtin(name = "format", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return layout(self, "format").format();
        }
    }

    @Builtin(name = "size", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, @SuppressWarnings("unused") Object value) {
            return layout(self, "size").size();
        }
    }

    @Builtin(name = "pack", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object args) {
            return StructOps.pack(layout(self, "pack"), ((PTuple) args).items(), 0);
        }
    }

    @Builtin(name = "pack_into", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class PackIntoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object args) {
            StructOps.packInto(layout(self, "pack_into"), ((PTuple) args).items(), 0);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unpack", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object buffer) {
            return StructOps.unpack(layout(self, "unpack"), buffer);
        }
    }

    @Builtin(name = "unpack_from", params = {"self", "buffer", "offset"}, posOnly = 1, required = 2)
    @GenerateNodeFactory
    public abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object buffer, Object offset) {
            return StructOps.unpackFrom(layout(self, "unpack_from"), buffer, offset);
        }
    }

    @Builtin(name = "iter_unpack", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object buffer) {
            return StructOps.iterUnpack(layout(self, "iter_unpack"), buffer);
        }
    }
}
