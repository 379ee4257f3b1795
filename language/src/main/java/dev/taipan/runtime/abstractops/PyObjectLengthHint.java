package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * CPython's PyObject_LengthHint: {@code len(o)}, else {@code o.__length_hint__()}, else a
 * default. What list(), tuple() and extend() ask a user-defined iterable before taking its items,
 * so a failing {@code __len__} or {@code __length_hint__} fails them too (a TypeError is ignored).
 */
public final class PyObjectLengthHint {
    private PyObjectLengthHint() {
    }

    @TruffleBoundary
    public static long execute(Object o, long defaultValue) {
        PythonClass type = PyObjectGetClass.get(o);
        if (type.lookup("__len__") != null) {
            try {
                return PyObjectSize.execute(o);
            } catch (PException e) {
                if (!isTypeError(e)) {
                    throw e;
                }
            }
        }
        Object hint = type.lookup("__length_hint__");
        if (hint == null) {
            return defaultValue;
        }
        Object r;
        try {
            r = CallDispatch.callMethod(hint, o);
        } catch (PException e) {
            if (isTypeError(e)) {
                return defaultValue;
            }
            throw e;
        }
        if (r == PNotImplemented.INSTANCE) {
            return defaultValue;
        }
        if (!IntMath.isInt(r) && PyNumberConvert.intSubclassValue(r) == null) {
            throw PythonErrors.typeError("__length_hint__ must be an integer, not %s", PyObjectGetClass.typeName(r));
        }
        long n = PyNumberConvert.asSize(r, BuiltinType.OVERFLOW_ERROR);
        if (n < 0) {
            throw PythonErrors.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    /**
     * The hint CPython takes before collecting an iterable's items. Only a user-defined class is
     * asked: its {@code __len__} may fail, and that failure is the caller's; builtins cannot.
     */
    public static long beforeCollecting(Object iterable, long defaultValue) {
        return PyObjectGetClass.get(iterable).isBuiltin() ? defaultValue : execute(iterable, defaultValue);
    }

    private static boolean isTypeError(PException e) {
        return PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR);
    }
}
