package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code obj.name(args)}: when the class provides a plain function (or builtin method) and the
 * instance does not shadow it, the function is called with the receiver prepended, without
 * allocating a bound method (CPython's LOAD_METHOD/CALL pair).
 */
@GenerateUncached
@GenerateInline(false)
public abstract class CallMethodNode extends Node {
    public abstract Object execute(Object receiver, String name, Object[] args);

    @Specialization(guards = {"cls == cachedClass", "name == cachedName", "cachedClass.isLookupCacheable()"}, //
                    assumptions = "cachedClass.lookupStable()", limit = "4")
    static Object doUnbound(Object receiver, String name, Object[] args,
                    @Cached PyObjectGetClass getClass,
                    @Bind("getClass.execute(receiver)") PythonClass cls,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("create(cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached CallNode call) {
        if (plan.unboundMethod == null) {
            return call.execute(GenericAttributes.getAttribute(receiver, name), args, null);
        }
        if (plan.hasDict && receiver instanceof PythonObject po) {
            Object shadow = lib.getOrDefault(po, name, null);
            if (shadow != null) {
                return call.execute(shadow, args, null);
            }
        }
        return call.execute(plan.unboundMethod, CallDispatch.prepend(receiver, args), null);
    }

    @Specialization(guards = "module.getExplicitClass() == null")
    static Object doModule(PythonModule module, String name, Object[] args,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached CallNode call) {
        Object f = lib.getOrDefault(module, name, null);
        if (f == null) {
            f = GenericAttributes.getAttribute(module, name);
        }
        return call.execute(f, args, null);
    }

    @Specialization(replaces = {"doUnbound", "doModule"})
    static Object doGeneric(Object receiver, String name, Object[] args,
                    @Cached CallNode call) {
        return call.execute(GenericAttributes.getAttribute(receiver, name), args, null);
    }

    static AttributePlan create(PythonClass cls, String name) {
        return AttributePlan.create(cls, name);
    }

    static PythonClass classOf(Object o) {
        return PyObjectGetClass.get(o);
    }
}
