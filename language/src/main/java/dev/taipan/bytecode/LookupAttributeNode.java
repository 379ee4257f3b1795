package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code getattr(obj, name, default)} and {@code hasattr}: the attribute or null, cached per
 * receiver class like {@link GetAttributeNode}, so that a missing attribute of a plain instance
 * costs no AttributeError.
 */
@GenerateUncached
@GenerateInline(false)
@ReportPolymorphism
public abstract class LookupAttributeNode extends Node {
    public abstract Object execute(Object obj, String name);

    @NeverDefault
    public static LookupAttributeNode create() {
        return LookupAttributeNodeGen.create();
    }

    @Specialization(guards = {"cls == cachedClass", "name.equals(cachedName)", "cachedClass.isLookupCacheable()", "budget.allows()"}, //
                    assumptions = "cachedClass.lookupStable()", limit = "4")
    static Object doInstance(Object obj, @SuppressWarnings("unused") String name,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(obj)") @SuppressWarnings("unused") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("create(budget, cachedClass, name)") AttributePlan plan,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        return plan.getOrNull(obj, lib);
    }

    @Specialization(replaces = "doInstance")
    static Object doGeneric(Object obj, String name) {
        return GenericAttributes.lookupAttribute(obj, name);
    }

    static AttributePlan create(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return AttributePlan.create(cls, name);
    }

}
