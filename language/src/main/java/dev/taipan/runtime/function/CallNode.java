package dev.taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.builtins.types.ClassCall;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonInstance;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * A call site: calls any callable. The argument values come in the call layout of
 * {@link PArguments} (the leading slots free, the positional values, then the values of the
 * keywords named in {@code kwnames}, which may be null); the array must be fresh, since it may
 * become the callee's frame arguments. Python functions, builtins, bound methods and the
 * instantiation of plain classes are called directly (inlinable); everything else goes through
 * {@link CallDispatch}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class CallNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwnames);

    @NeverDefault
    public static CallNode create() {
        return CallNodeGen.create();
    }

    public static CallNode getUncached() {
        return CallNodeGen.getUncached();
    }

    @Specialization
    static Object doFunction(PFunction fn, Object[] args, String[] kwnames,
                    @Cached FunctionCallNode call) {
        return call.execute(fn, args, kwnames);
    }

    @Specialization
    static Object doBuiltin(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached BuiltinCallNode call) {
        return call.execute(fn, args, kwnames);
    }

    @Specialization(guards = "isPFunction(m.getFunction())")
    static Object doMethod(PMethod m, Object[] args, String[] kwnames,
                    @Cached FunctionCallNode call) {
        return call.execute((PFunction) m.getFunction(), PArguments.insertSelf(m.getSelf(), args), kwnames);
    }

    @Specialization
    static Object doBuiltinMethod(PBuiltinMethod m, Object[] args, String[] kwnames,
                    @Cached BuiltinCallNode call) {
        return call.execute(m.getFunction(), PArguments.insertSelf(m.getSelf(), args), kwnames);
    }

    /** {@code C(args)} for a plain class: allocate the instance, run its Python {@code __init__}. */
    @Specialization(guards = {"cls == cachedClass", "cls.getExplicitClass() == cachedMeta", "init != null", "budget.allows()"}, assumptions = {"cachedClass.lookupStable()", "cachedMeta.lookupStable()"}, limit = "3")
    static Object doInstantiate(@SuppressWarnings("unused") PythonClass cls, Object[] args, String[] kwnames,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("cls.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedMeta,
                    @Cached(value = "plainInit(budget, cachedClass)", neverDefault = false) PFunction init,
                    @Cached FunctionCallNode call) {
        PythonInstance obj = new PythonInstance(cachedClass);
        Object r = call.execute(init, PArguments.insertSelf(obj, args), kwnames);
        checkInitResult(r);
        return obj;
    }

    /**
     * {@code C(args)} for a class with its own Python {@code __new__} (namedtuples, enums'
     * members...): that __new__ with the class first, then a Python __init__ if there is one.
     */
    @Specialization(guards = {"cls == cachedClass", "cls.getExplicitClass() == cachedMeta", "plan != null", "budget.allows()"}, assumptions = {"cachedClass.lookupStable()", "cachedMeta.lookupStable()"}, limit = "3")
    static Object doInstantiateWithNew(@SuppressWarnings("unused") PythonClass cls, Object[] args, String[] kwnames,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("cls.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedMeta,
                    @Cached(value = "pythonNew(budget, cachedClass)", dimensions = 1, neverDefault = false) PFunction[] plan,
                    @Cached FunctionCallNode callNew,
                    @Cached FunctionCallNode callInit) {
        Object obj = callNew.execute(plan[0], PArguments.insertSelf(cachedClass, args), kwnames);
        if (plan[1] != null && isInstance(obj, cachedClass)) {
            Object r = callInit.execute(plan[1], PArguments.insertSelf(obj, args), kwnames);
            checkInitResult(r);
        }
        return obj;
    }

    /** {@code obj(args)} for an instance whose class defines {@code __call__} as a function or builtin method. */
    @Specialization(guards = {"!isPythonClass(callee)", "type == cachedType", "callMethod != null", "budget.allows()"}, assumptions = "cachedType.lookupStable()", limit = "3")
    static Object doCallable(Object callee, Object[] args, String[] kwnames,
                    @Cached @SuppressWarnings("unused") PyObjectGetClass getClass,
                    @com.oracle.truffle.api.dsl.Bind("getClass.execute(callee)") @SuppressWarnings("unused") PythonClass type,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("type") @SuppressWarnings("unused") PythonClass cachedType,
                    @Cached(value = "plainCallMethod(budget, cachedType)", neverDefault = false) Object callMethod,
                    @Cached CallNode call) {
        return call.execute(callMethod, PArguments.insertSelf(callee, args), kwnames);
    }

    static PFunction[] pythonNew(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return ClassCall.pythonNew(cls);
    }

    static Object plainCallMethod(ClassCacheBudget budget, PythonClass type) {
        budget.spend();
        return ClassCall.plainMethod(type, "__call__");
    }

    static boolean isPythonClass(Object o) {
        return o instanceof PythonClass;
    }

    /**
     * {@code ValueError('message')}: a builtin exception class whose __init__ only stores its
     * positional arguments, made in place (BaseException's __new__ and __init__ would bind
     * their *args and **kwargs twice).
     */
    @Specialization(guards = {"cls == cachedClass", "kwnames == null", "plainException"}, limit = "3")
    static Object doPlainException(@SuppressWarnings("unused") PythonClass cls, Object[] args, @SuppressWarnings("unused") String[] kwnames,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("isPlainExceptionClass(cachedClass)") @SuppressWarnings("unused") boolean plainException) {
        return new dev.taipan.runtime.exceptions.PBaseException(cachedClass, cachedClass.getLayout(), PTuple.of(PArguments.values(args)));
    }

    static boolean isPlainExceptionClass(PythonClass cls) {
        return dev.taipan.runtime.exceptions.ExceptionInit.isPlainBuiltin(cls);
    }

    /** {@code type(x)}: CPython special-cases it too. */
    @Specialization(guards = {"cls.getBuiltinType() == TYPE_TYPE", "kwnames == null", "args.length == 3"})
    static Object doTypeOf(@SuppressWarnings("unused") PythonClass cls, Object[] args, @SuppressWarnings("unused") String[] kwnames) {
        return PyObjectGetClass.get(args[PArguments.USER_START]);
    }

    /**
     * {@code range(n)} and {@code range(a, b)} with int bounds, the call nearly every for loop
     * makes: built in place. Through range.__new__ it would inline the builtin's argument
     * binding, five times the graph of a simple loop, and make its first compilation slower.
     */
    @Specialization(guards = {"cls.getBuiltinType() == RANGE_TYPE", "kwnames == null", "isRangeStop(args)"})
    static Object doRangeStop(@SuppressWarnings("unused") PythonClass cls, Object[] args, @SuppressWarnings("unused") String[] kwnames) {
        return new PRange(0, (long) args[PArguments.USER_START], 1);
    }

    @Specialization(guards = {"cls.getBuiltinType() == RANGE_TYPE", "kwnames == null", "isRangeStartStop(args)"})
    static Object doRangeStartStop(@SuppressWarnings("unused") PythonClass cls, Object[] args, @SuppressWarnings("unused") String[] kwnames) {
        return new PRange((long) args[PArguments.USER_START], (long) args[PArguments.USER_START + 1], 1);
    }

    /**
     * {@code list(x)}, {@code int(s)}, {@code str(o)}...: a builtin class's own {@code __new__},
     * then its {@code __init__} unless that is object's (which does nothing after a builtin
     * {@code __new__}), called directly instead of looked up per call.
     */
    @Specialization(guards = {"cls == cachedClass", "newFn != null"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static Object doBuiltinClass(@SuppressWarnings("unused") PythonClass cls, Object[] args, String[] kwnames,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached(value = "builtinNew(cachedClass)", neverDefault = false) PBuiltinFunction newFn,
                    @Cached(value = "builtinInit(cachedClass)", neverDefault = false) PBuiltinFunction initFn,
                    @Cached BuiltinCallNode callNew,
                    @Cached BuiltinCallNode callInit) {
        Object obj = callNew.execute(newFn, PArguments.insertSelf(cachedClass, args), kwnames);
        if (initFn != null && isInstance(obj, cachedClass)) {
            Object r = callInit.execute(initFn, PArguments.insertSelf(obj, args), kwnames);
            checkInitResult(r);
        }
        return obj;
    }

    @Specialization(replaces = {"doInstantiate", "doInstantiateWithNew", "doCallable", "doPlainException", "doBuiltinClass"}, guards = {"!isPFunction(callee)", "!isPBuiltinFunction(callee)"})
    static Object doGeneric(Object callee, Object[] args, String[] kwnames) {
        return CallDispatch.call(callee, PArguments.values(args), kwnames);
    }

    static PFunction plainInit(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return ClassCall.plainInit(cls);
    }

    /** What __init__ returned: anything but None is CPython's TypeError. */
    private static void checkInitResult(Object r) {
        if (r != PNone.NONE) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.typeError("__init__() should return None, not '%s'", PyObjectGetClass.typeName(r));
        }
    }

    static final BuiltinType TYPE_TYPE = BuiltinType.TYPE;
    static final BuiltinType RANGE_TYPE = BuiltinType.RANGE;

    static boolean isRangeStop(Object[] args) {
        return args.length == PArguments.USER_START + 1 && args[PArguments.USER_START] instanceof Long;
    }

    static boolean isRangeStartStop(Object[] args) {
        return args.length == PArguments.USER_START + 2 && args[PArguments.USER_START] instanceof Long && args[PArguments.USER_START + 1] instanceof Long;
    }

    private static boolean isInstance(Object obj, PythonClass cls) {
        PythonClass type = PyObjectGetClass.get(obj);
        return type == cls || isSubclass(type, cls);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static boolean isSubclass(PythonClass type, PythonClass cls) {
        return type.isSubclassOf(cls);
    }

    static PBuiltinFunction builtinNew(PythonClass cls) {
        return ClassCall.builtinNew(cls);
    }

    static PBuiltinFunction builtinInit(PythonClass cls) {
        return ClassCall.builtinInit(cls);
    }

    static boolean isPFunction(Object o) {
        return o instanceof PFunction;
    }

    static boolean isPBuiltinFunction(Object o) {
        return o instanceof PBuiltinFunction;
    }
}
