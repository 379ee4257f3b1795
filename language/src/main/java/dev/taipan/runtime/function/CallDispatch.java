package dev.taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.generator.Generators;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.types.PythonClass;

/**
 * Calling any Python callable from Java without a call-site cache (builtins calling back into
 * Python, the generic paths of the abstract operations). Arguments are vectorcall-style: the
 * positional ones followed by the values of the keywords named in {@code kwnames} (may be null).
 * The bytecode's call instruction has cached fast paths for the same cases.
 */
public final class CallDispatch {
    private CallDispatch() {
    }

    private static final String[] NO_KEYWORDS = new String[0];

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return call(callable, args, NO_KEYWORDS);
    }

    @TruffleBoundary
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (kwnames == null) {
            kwnames = NO_KEYWORDS;
        }
        if (callable instanceof PFunction f) {
            return callFunction(f, args, kwnames);
        } else if (callable instanceof PBuiltinFunction b) {
            return callBuiltin(b, args, kwnames);
        } else if (callable instanceof PMethod m) {
            return call(m.getFunction(), prepend(m.getSelf(), args), kwnames);
        } else if (callable instanceof PBuiltinMethod m) {
            return callBuiltin(m.getFunction(), prepend(m.getSelf(), args), kwnames);
        }
        PythonClass type = PyObjectGetClass.get(callable);
        Object call = type.lookup("__call__");
        if (callable instanceof PythonClass cls && call instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == dev.taipan.runtime.types.BuiltinType.TYPE) {
            return dev.taipan.builtins.types.ClassCall.call(cls, args, kwnames);
        }
        if (call == null) {
            throw PythonErrors.typeError("'%s' object is not callable", type.getTpName());
        }
        return callMethod(call, callable, args, kwnames);
    }

    /** Calls with positional arguments and a {@code **kwargs} dict (str keys; may be null or empty). */
    @TruffleBoundary
    public static Object callWithKwargs(Object callable, Object[] positional, Object kwargs) {
        if (!(kwargs instanceof dev.taipan.runtime.dict.PDict kw) || kw.size() == 0) {
            return call(callable, positional, NO_KEYWORDS);
        }
        Object[] keys = dev.taipan.runtime.sequence.SequenceOps.toArray(kw);
        String[] kwnames = new String[keys.length];
        Object[] all = java.util.Arrays.copyOf(positional, positional.length + keys.length);
        for (int i = 0; i < keys.length; i++) {
            kwnames[i] = (String) keys[i];
            all[positional.length + i] = kw.getItem(keys[i]);
        }
        return call(callable, all, kwnames);
    }

    /**
     * A method found on a type that is called with the instance prepended, no __get__ needed: a
     * Python function or a builtin method.
     */
    public static boolean isPlainMethod(Object method) {
        return method instanceof PFunction || (method instanceof PBuiltinFunction b && b.getKind() == PBuiltinFunction.Kind.METHOD);
    }

    /** Calls a method found on a type (a descriptor such as a function) with self prepended. */
    @TruffleBoundary
    public static Object callMethod(Object method, Object self, Object[] args, String[] kwnames) {
        if (isPlainMethod(method)) {
            return call(method, prepend(self, args), kwnames);
        }
        Object bound = dev.taipan.runtime.abstractops.Descriptors.bind(method, self, PyObjectGetClass.get(self));
        return call(bound, args, kwnames);
    }

    @TruffleBoundary
    public static Object callMethod(Object method, Object self, Object... args) {
        return callMethod(method, self, args, NO_KEYWORDS);
    }

    @TruffleBoundary
    public static Object callFunction(PFunction f, Object[] args, String[] kwnames) {
        PCode code = f.getCode();
        Object[] frameArgs = ArgumentBinder.bind(f, code.getSignature(), f.getDefaults(), f.getKwDefaults(), args, kwnames);
        if (code.isResumable()) {
            return Generators.startUncached(f, code, frameArgs);
        }
        dev.taipan.runtime.ThreadState ts = dev.taipan.TaipanContext.get(null).getThreadState();
        ts.enterCall();
        try {
            return IndirectCallNode.getUncached().call(code.getCallTarget(), frameArgs);
        } finally {
            ts.exitCall();
        }
    }

    @TruffleBoundary
    public static Object callBuiltin(PBuiltinFunction b, Object[] args, String[] kwnames) {
        Object[] frameArgs = ArgumentBinder.bind(b, b.getSignature(), b.getDefaults(), b.getKwDefaults(), args, kwnames);
        return IndirectCallNode.getUncached().call(b.getCallTarget(), frameArgs);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }
}
