package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PWeakRef;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _weakref}: the C half of the weakref module (ref, proxy, counts). */
public final class WeakrefModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(WeakrefModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("ref", ctx.getBuiltinClass(BuiltinType.WEAKREF));
        m.setAttribute("ReferenceType", ctx.getBuiltinClass(BuiltinType.WEAKREF));
        m.setAttribute("ProxyType", ctx.getBuiltinClass(BuiltinType.WEAKPROXY));
        m.setAttribute("CallableProxyType", ctx.getBuiltinClass(BuiltinType.WEAKCALLABLEPROXY));
    }

    @Builtin(name = "proxy", params = {"object", "callback"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ProxyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doProxy(Object object, Object callback) {
            PWeakRef.Kind kind = dev.taipan.runtime.abstractops.PyObjectGetClass.get(object).lookup("__call__") != null ? PWeakRef.Kind.CALLABLE_PROXY : PWeakRef.Kind.PROXY;
            return WeakRefs.create(null, object, callback == PNone.NO_VALUE ? null : callback, kind);
        }
    }

    @Builtin(name = "getweakrefcount", params = {"object"})
    @GenerateNodeFactory
    public abstract static class GetWeakRefCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCount(Object object) {
            return (long) WeakRefs.count(object);
        }
    }

    @Builtin(name = "getweakrefs", params = {"object"})
    @GenerateNodeFactory
    public abstract static class GetWeakRefsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRefs(Object object) {
            return new PList(WeakRefs.refs(object).toArray());
        }
    }

    /** Deletes {@code dict[key]} if it is a dead weak reference (WeakValueDictionary's cleanup). */
    @Builtin(name = "_remove_dead_weakref", params = {"dict", "key"})
    @GenerateNodeFactory
    public abstract static class RemoveDeadWeakRefNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemove(Object dict, Object key) {
            if (dict instanceof PDict d) {
                Object v = d.getItem(key);
                if (v instanceof PWeakRef r && r.get() == null) {
                    d.removeItem(key);
                }
            }
            return PNone.NONE;
        }
    }
}
