package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.struct.StructOps;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _struct}: the module-level pack/unpack functions over a cache of compiled formats. */
public final class StructModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_struct";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(StructModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("Struct", ctx.getBuiltinClass(BuiltinType.STRUCT));
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.STRUCT_ERROR));
        m.setAttribute("__doc__", "Functions to convert between Python values and C structs.");
    }

    @Builtin(name = "pack", params = {"format"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object format, Object args) {
            return StructOps.pack(StructOps.compile(format), ((PTuple) args).items(), 0);
        }
    }

    @Builtin(name = "pack_into", params = {"format"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class PackIntoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object format, Object args) {
            StructOps.packInto(StructOps.compile(format), ((PTuple) args).items(), 0);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unpack", params = {"format", "buffer"})
    @GenerateNodeFactory
    public abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object format, Object buffer) {
            return StructOps.unpack(StructOps.compile(format), buffer);
        }
    }

    @Builtin(name = "unpack_from", params = {"format", "buffer", "offset"}, posOnly = 1, required = 2)
    @GenerateNodeFactory
    public abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object format, Object buffer, Object offset) {
            return StructOps.unpackFrom(StructOps.compile(format), buffer, offset);
        }
    }

    @Builtin(name = "iter_unpack", params = {"format", "buffer"})
    @GenerateNodeFactory
    public abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object format, Object buffer) {
            return StructOps.iterUnpack(StructOps.compile(format), buffer);
        }
    }

    @Builtin(name = "calcsize", params = {"format"})
    @GenerateNodeFactory
    public abstract static class CalcSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object format) {
            return StructOps.compile(format).size();
        }
    }

    @Builtin(name = "_clearcache")
    @GenerateNodeFactory
    public abstract static class ClearCacheNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            StructOps.clearCache();
            return PNone.NONE;
        }
    }
}
