package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/** {@code del obj.name}: removes straight from the shape for plain instances. */
@GenerateUncached
@GenerateInline(false)
public abstract class DeleteAttributeNode extends Node {
    public abstract void execute(Object obj, String name);

    @Specialization(guards = {"obj.getExplicitClass() == cachedClass", "name == cachedName", "isCacheable(cachedClass)", "plain", "budget.allows()"}, //
                    assumptions = "lookupStable(cachedClass)", limit = "4")
    static void doInstance(PythonObject obj, String name,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("obj.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("isPlainDelete(budget, cachedClass, name)") @SuppressWarnings("unused") boolean plain,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary lib) {
        if (!lib.removeKey(obj, name)) {
            // not there: the generic path raises CPython's AttributeError
            GenericAttributes.setAttribute(obj, name, null);
        }
    }

    @Specialization(replaces = "doInstance")
    static void doGeneric(Object obj, String name) {
        GenericAttributes.setAttribute(obj, name, null);
    }

    static boolean isPlainDelete(ClassCacheBudget budget, PythonClass cls, String name) {
        budget.spend();
        return SetAttributeNode.isPlainInstanceDict(cls, name, "__delattr__");
    }

    static boolean isCacheable(PythonClass cls) {
        return SetAttributeNode.isCacheable(cls);
    }

    static com.oracle.truffle.api.Assumption lookupStable(PythonClass cls) {
        return SetAttributeNode.lookupStable(cls);
    }
}
