package dev.taipan.bytecode;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code with}'s {__enter__, __exit__} of the manager's class when both are plain methods, found
 * once per class; null when they are not, or once the site has gone generic. (A node of its own
 * rather than the WithEnter operation's specializations: the class-cache budget is a shared cache,
 * which the bytecode DSL's operations do not take.)
 */
@GenerateUncached
@GenerateInline(false)
public abstract class WithMethodsNode extends Node {
    public abstract Object[] execute(Object manager);

    @Specialization(guards = {"cls == cachedClass", "methods != null", "budget.allows()"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static Object[] doCached(@SuppressWarnings("unused") Object manager,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @Bind("getClass.execute(manager)") @SuppressWarnings("unused") PythonClass cls,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached(value = "plainMethods(budget, cachedClass)", dimensions = 1, neverDefault = false) Object[] methods) {
        return methods;
    }

    @Specialization(replaces = "doCached")
    static Object[] doGeneric(@SuppressWarnings("unused") Object manager) {
        return null;
    }

    static Object[] plainMethods(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return WithSupport.plainMethods(cls);
    }
}
