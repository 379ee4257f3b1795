package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.function.BuiltinCallNode;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.FunctionCallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code obj.name(args)}: when the class provides a plain function (or builtin method) and the
 * instance does not shadow it, the function is called with the receiver as its first argument,
 * without allocating a bound method (CPython's LOAD_METHOD/CALL pair). The arguments come in the
 * call layout of {@link PArguments} with one more free slot, for the receiver: exactly the frame
 * arguments of the unbound call.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class CallMethodNode extends Node {
    public abstract Object execute(Object receiver, String name, Object[] argsWithSelfSlot, String[] kwnames);

    /** {@code C.name(args)} on a class object: a function, static method or classmethod found once per class. */
    @Specialization(guards = {"cls == cachedClass", "cls.getExplicitClass() == cachedExplicitMeta", "name == cachedName", "cachedClass.isLookupCacheable()", "budget.allows()"}, //
                    assumptions = {"cachedClass.lookupStable()", "plan.meta.lookupStable()"}, limit = "4")
    static Object doClass(@SuppressWarnings("unused") PythonClass cls, @SuppressWarnings("unused") String name, Object[] args, String[] kwnames,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("cls.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedExplicitMeta,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("createForClass(budget, cachedClass, name)") ClassAttributePlan plan,
                    @Cached CallNode call) {
        switch (plan.kind) {
            case CONSTANT:
                return call.execute(plan.value, PArguments.dropSelf(args), kwnames);
            case CLASSMETHOD:
                // the receiver slot takes the class: exactly the arguments of the bound call
                args[PArguments.USER_START] = cachedClass;
                return call.execute(plan.value, args, kwnames);
            default:
                return call.execute(GenericAttributes.getAttribute(cachedClass, name), PArguments.dropSelf(args), kwnames);
        }
    }

    @Specialization(guards = {"cls == cachedClass", "name == cachedName", "cachedClass.isLookupCacheable()", "isFunction(plan)", "budget.allows()"}, //
                    assumptions = "cachedClass.lookupStable()", limit = "4")
    static Object doFunction(Object receiver, String name, Object[] args, String[] kwnames,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(receiver)") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("create(budget, cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached FunctionCallNode callFunction,
                    @Cached CallNode callShadow) {
        if (plan.hasDict && receiver instanceof PythonObject po) {
            Object shadow = lib.getOrDefault(po, name, null);
            if (shadow != null) {
                return callShadow.execute(shadow, PArguments.dropSelf(args), kwnames);
            }
        }
        args[PArguments.USER_START] = receiver;
        return callFunction.execute((PFunction) plan.unboundMethod, args, kwnames);
    }

    @Specialization(guards = {"cls == cachedClass", "name == cachedName", "cachedClass.isLookupCacheable()", "isBuiltinMethod(plan)", "budget.allows()"}, //
                    assumptions = "cachedClass.lookupStable()", limit = "4")
    static Object doBuiltin(Object receiver, String name, Object[] args, String[] kwnames,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(receiver)") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("create(budget, cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached BuiltinCallNode callBuiltin,
                    @Cached CallNode callShadow) {
        if (plan.hasDict && receiver instanceof PythonObject po) {
            Object shadow = lib.getOrDefault(po, name, null);
            if (shadow != null) {
                return callShadow.execute(shadow, PArguments.dropSelf(args), kwnames);
            }
        }
        args[PArguments.USER_START] = receiver;
        return callBuiltin.execute((PBuiltinFunction) plan.unboundMethod, args, kwnames);
    }

    /**
     * Any other attribute the class's plan can read (a callable in a slot or in the instance
     * dict, a bound method made by a descriptor...): read through the plan, then called.
     */
    @Specialization(guards = {"cls == cachedClass", "name == cachedName", "cachedClass.isLookupCacheable()", "isReadable(plan)", "budget.allows()"}, //
                    assumptions = "cachedClass.lookupStable()", limit = "4")
    static Object doAttribute(Object receiver, @SuppressWarnings("unused") String name, Object[] args, String[] kwnames,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(receiver)") @SuppressWarnings("unused") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("create(budget, cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached CallNode call) {
        return call.execute(plan.get(receiver, lib), PArguments.dropSelf(args), kwnames);
    }

    @Specialization(guards = "module.getExplicitClass() == null")
    static Object doModule(PythonModule module, String name, Object[] args, String[] kwnames,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib,
                    @Cached CallNode call) {
        Object f = lib.getOrDefault(module, name, null);
        if (f == null) {
            f = GenericAttributes.getAttribute(module, name);
        }
        return call.execute(f, PArguments.dropSelf(args), kwnames);
    }

    @Specialization(replaces = {"doClass", "doFunction", "doBuiltin", "doAttribute", "doModule"})
    static Object doGeneric(Object receiver, String name, Object[] args, String[] kwnames,
                    @Cached CallNode call) {
        return call.execute(GenericAttributes.getAttribute(receiver, name), PArguments.dropSelf(args), kwnames);
    }

    static AttributePlan create(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return AttributePlan.create(cls, name);
    }

    static ClassAttributePlan createForClass(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return ClassAttributePlan.create(cls, name);
    }

    static boolean isFunction(AttributePlan plan) {
        return plan.unboundMethod instanceof PFunction;
    }

    /** A plan that reads the attribute itself (not a custom __getattribute__ or __getattr__). */
    static boolean isReadable(AttributePlan plan) {
        return plan.kind != AttributePlan.Kind.GENERIC;
    }

    static boolean isBuiltinMethod(AttributePlan plan) {
        return plan.unboundMethod instanceof PBuiltinFunction;
    }
}
