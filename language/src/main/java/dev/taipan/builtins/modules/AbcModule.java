package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abc.AbcMachinery;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _abc}: the accelerator behind {@code abc.ABCMeta}. */
public final class AbcModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_abc";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(AbcModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("_abc_data", ctx.getBuiltinClass(BuiltinType.ABC_DATA));
    }

    @Builtin(name = "get_cache_token")
    @GenerateNodeFactory
    public abstract static class GetCacheTokenNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doToken() {
            return AbcMachinery.cacheToken();
        }
    }

    @Builtin(name = "_abc_init", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AbcInitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInit(Object self) {
            AbcMachinery.init(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_abc_register", params = {"self", "subclass"})
    @GenerateNodeFactory
    public abstract static class AbcRegisterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRegister(Object self, Object subclass) {
            return AbcMachinery.register(self, subclass);
        }
    }

    @Builtin(name = "_abc_instancecheck", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class AbcInstanceCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object instance) {
            return AbcMachinery.instanceCheck(self, instance);
        }
    }

    @Builtin(name = "_abc_subclasscheck", params = {"self", "subclass"})
    @GenerateNodeFactory
    public abstract static class AbcSubclassCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object subclass) {
            return AbcMachinery.subclassCheck(self, subclass);
        }
    }

    @Builtin(name = "_get_dump", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetDumpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDump(Object self) {
            return AbcMachinery.dump(self);
        }
    }

    @Builtin(name = "_reset_registry", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ResetRegistryNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReset(Object self) {
            AbcMachinery.resetRegistry(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_reset_caches", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ResetCachesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReset(Object self) {
            AbcMachinery.resetCaches(self);
            return PNone.NONE;
        }
    }
}
