package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.function.BuiltinCallNode;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.FunctionCallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code super().name(args)} in a method (CPython's LOAD_SUPER_ATTR): the attribute is looked up
 * in the MRO of the instance's class after {@code __class__}, once per class pair, and a plain
 * function or builtin method found there is called with the instance in front; no super object
 * and no bound method are made. {@code super} rebound to something else, an instance that is a
 * class (in a classmethod) and any other kind of attribute go through super() as written.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class SuperMethodCallNode extends Node {
    public abstract Object execute(Object superFn, Object cls, Object self, String name, Object[] argsWithSelfSlot);

    @Specialization(guards = {"superFn == builtinSuper", "cls == cachedCls", "getClass.execute(self) == cachedStart", "found != null", "budget.allows()"}, //
                    assumptions = "cachedStart.lookupStable()", limit = "3")
    static Object doFunction(@SuppressWarnings("unused") Object superFn, @SuppressWarnings("unused") Object cls, Object self, @SuppressWarnings("unused") String name, Object[] args,
                    @Cached("superType()") @SuppressWarnings("unused") Object builtinSuper,
                    @Cached @SuppressWarnings("unused") dev.taipan.runtime.abstractops.PyObjectGetClass getClass,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") @SuppressWarnings("unused") Object cachedCls,
                    @Cached("getClass.execute(self)") @SuppressWarnings("unused") PythonClass cachedStart,
                    @Cached(value = "plainMethodAfter(budget, cachedStart, cachedCls, name)", neverDefault = false) Object found,
                    @Cached FunctionCallNode callFunction,
                    @Cached BuiltinCallNode callBuiltin) {
        args[PArguments.USER_START] = self;
        if (found instanceof PFunction f) {
            return callFunction.execute(f, args, null);
        }
        return callBuiltin.execute((PBuiltinFunction) found, args, null);
    }

    @Specialization(replaces = "doFunction")
    static Object doGeneric(Object superFn, Object cls, Object self, String name, Object[] args,
                    @Cached CallNode call) {
        return call.execute(superAttribute(superFn, cls, self, name), PArguments.dropSelf(args), null);
    }

    @TruffleBoundary
    private static Object superAttribute(Object superFn, Object cls, Object self, String name) {
        return GenericAttributes.getAttribute(zeroArgSuper(superFn, cls, self), name);
    }

    /**
     * {@code super()} in a method: the builtin gets the method's class and first argument; a
     * name {@code super} bound to anything else is called as written, with no arguments.
     */
    @TruffleBoundary
    static Object zeroArgSuper(Object superFn, Object cls, Object self) {
        return superFn == superType() ? CallDispatch.call(superFn, cls, self) : CallDispatch.call(superFn);
    }

    static Object superType() {
        return TaipanContext.get(null).getBuiltinClass(BuiltinType.SUPER);
    }

    /**
     * What {@code super(cls, obj).name} finds for an instance of {@code start}, when that is a
     * plain function or a builtin type's method (called with the instance in front); else null.
     */
    @TruffleBoundary
    static Object plainMethodAfter(ClassCacheBudget budget, PythonClass start, Object cls, String name) {
        budget.spend();
        if (!start.isLookupCacheable()) {
            return null;
        }
        Object found = dev.taipan.runtime.objects.SuperLookup.findAfter(start, cls, name);
        return CallDispatch.isPlainMethod(found) ? found : null;
    }
}
