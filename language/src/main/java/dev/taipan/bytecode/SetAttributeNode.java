package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/** {@code obj.name = value}: stores straight into the shape for plain instances. */
@GenerateUncached
@GenerateInline(false)
public abstract class SetAttributeNode extends Node {
    public abstract void execute(Object obj, String name, Object value);

    /** Can instances of cls take {@code name} directly into their dict? (For a new cache entry, which it counts.) */
    static boolean isPlainStore(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return isPlainInstanceDict(cls, name, "__setattr__");
    }

    /**
     * Does {@code hook} (__setattr__ or __delattr__) of instances of cls come down to their dict
     * for {@code name}: object's own hook, a dict, and no data descriptor of that name?
     */
    @TruffleBoundary
    static boolean isPlainInstanceDict(PythonClass cls, String name, String hook) {
        Object sa = cls.lookup(hook);
        if (!(sa instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.OBJECT)) {
            return false;
        }
        if (!cls.hasFlag(BuiltinType.Flags.HAS_DICT) || name.equals("__dict__")) {
            return false;
        }
        Object descr = cls.lookup(name);
        return descr == null || !Descriptors.isDataDescriptor(descr);
    }

    @Specialization(guards = {"obj.getExplicitClass() == cachedClass", "name == cachedName", "isCacheable(cachedClass)", "plain", "budget.allows()"}, assumptions = "lookupStable(cachedClass)", limit = "4")
    static void doInstance(PythonObject obj, String name, Object value,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("obj.getExplicitClass()") PythonClass cachedClass,
                    @Cached("name") String cachedName,
                    @Cached("isPlainStore(budget, cachedClass, name)") boolean plain,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        lib.put(obj, name, value);
    }

    @Specialization(replaces = "doInstance")
    static void doGeneric(Object obj, String name, Object value) {
        GenericAttributes.setAttribute(obj, name, value);
    }

    /** Plain builtin instances (no explicit class) take the generic path. */
    static boolean isCacheable(PythonClass cls) {
        return cls != null && cls.isLookupCacheable();
    }

    static com.oracle.truffle.api.Assumption lookupStable(PythonClass cls) {
        return cls == null ? com.oracle.truffle.api.Assumption.NEVER_VALID : cls.lookupStable();
    }
}
