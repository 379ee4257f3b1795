package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.descriptors.PProperty;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/** {@code obj.name}: an inline cache per receiver class over {@link AttributePlan}s. */
@GenerateUncached
@GenerateInline(false)
public abstract class GetAttributeNode extends Node {
    public abstract Object execute(Object obj, String name);

    /** {@code C.name} on a class object: per class, mostly a constant (before doInstance, which would see instances of type). */
    @Specialization(guards = {"cls == cachedClass", "cls.getExplicitClass() == cachedExplicitMeta", "name == cachedName", "isCacheable(cachedClass)", "budget.allows()"}, //
                    assumptions = {"lookupStable(cachedClass)", "lookupStable(plan.meta)"}, limit = "4")
    static Object doClass(@SuppressWarnings("unused") PythonClass cls, @SuppressWarnings("unused") String name,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("cls.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedExplicitMeta,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("createForClass(budget, cachedClass, name)") ClassAttributePlan plan) {
        return plan.get();
    }

    /** A property on the instance's class: its getter called through an inline cache, not a generic call. */
    @Specialization(guards = {"obj.getExplicitClass() == cachedClass", "name == cachedName", "isCacheable(cachedClass)", "property != null", "budget.allows()"}, assumptions = "lookupStable(cachedClass)", limit = "4")
    static Object doProperty(PythonObject obj, @SuppressWarnings("unused") String name,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("obj.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached(value = "propertyOf(budget, cachedClass, name)", neverDefault = false) PProperty property,
                    @Cached CallNode callGetter) {
        Object fget = property.getFget();
        if (fget == PNone.NONE) {
            return GenericAttributes.getAttribute(obj, name);   // raises CPython's "has no getter"
        }
        return callGetter.execute(fget, PArguments.fromValues(obj), null);
    }

    @Specialization(guards = {"obj.getExplicitClass() == cachedClass", "name == cachedName", "isCacheable(cachedClass)", "budget.allows()"}, assumptions = "lookupStable(cachedClass)", limit = "4")
    static Object doInstance(PythonObject obj, String name,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("obj.getExplicitClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("create(budget, cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        return plan.get(obj, lib);
    }

    @Specialization(guards = "module.getExplicitClass() == null")
    static Object doModule(PythonModule module, String name,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        Object v = lib.getOrDefault(module, name, null);
        if (v != null) {
            return v;
        }
        return GenericAttributes.getAttribute(module, name);
    }

    @Specialization(replaces = {"doInstance", "doProperty", "doModule", "doClass"})
    static Object doGeneric(Object obj, String name) {
        return GenericAttributes.getAttribute(obj, name);
    }

    static AttributePlan create(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return AttributePlan.create(cls, name);
    }

    /** The plain property (not one whose subclass overrides __get__) that {@code obj.name} reads for instances of cls, or null. */
    static PProperty propertyOf(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        AttributePlan plan = AttributePlan.create(cls, name);
        return plan.kind == AttributePlan.Kind.DATA_DESCRIPTOR && plan.descr instanceof PProperty p && Descriptors.isPlainProperty(p) ? p : null;
    }

    static ClassAttributePlan createForClass(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return ClassAttributePlan.create(cls, name);
    }

    /** Plain builtin instances (no explicit class) take the generic path. */
    static boolean isCacheable(PythonClass cls) {
        return cls != null && cls.isLookupCacheable();
    }

    static com.oracle.truffle.api.Assumption lookupStable(PythonClass cls) {
        return cls == null ? com.oracle.truffle.api.Assumption.NEVER_VALID : cls.lookupStable();
    }
}
