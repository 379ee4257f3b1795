package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code __index__}, {@code __int__} and {@code __float__} conversions (PyNumber_Index & co). */
public final class PyNumberConvert {
    private PyNumberConvert() {
    }

    /** The value of an int subclass instance, or null if {@code o} is not one. */
    public static Object intSubclassValue(Object o) {
        return PPrimitiveObject.intValue(o);
    }

    /** CPython's PyLong_AsSsize_t: only ints (no {@code __index__}), within a C ssize_t. */
    @TruffleBoundary
    public static long asSsizeOfInt(Object o) {
        Object v = o instanceof Long || o instanceof Boolean || o instanceof BigInteger ? o : intSubclassValue(o);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        throw PythonErrors.typeError("an integer is required");
    }

    /** CPython's PyIndex_Check: an int, or an object whose type has {@code __index__}. */
    @TruffleBoundary
    public static boolean hasIndex(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger || intSubclassValue(o) != null || PyObjectGetClass.get(o).lookup("__index__") != null;
    }

    /**
     * CPython's _PyEval_SliceIndex: a slice bound or search start/end, clamped to the long range.
     * Objects without {@code __index__} are a TypeError; an {@code __index__} that fails propagates.
     */
    public static long sliceIndex(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (!hasIndex(o)) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return asSize(o, null);
    }

    /** {@code operator.index(o)}: Long or BigInteger (bool becomes 0/1). */
    @TruffleBoundary
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__index__");
        if (m == null && dev.taipan.runtime.objects.WeakRefs.isProxy(o)) {
            return index(dev.taipan.runtime.objects.WeakRefs.throughProxy(o));
        }
        if (m == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", type.getTpName());
        }
        Object r = CallDispatch.callMethod(m, o);
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        }
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object v = intSubclassValue(r);
        if (v != null) {
            return v;
        }
        throw PythonErrors.typeError("__index__ returned non-int (type %s)", PyObjectGetClass.typeName(r));
    }

    /** index() then fit into a Java long, raising IndexError/OverflowError like CPython's PyNumber_AsSsize_t. */
    @TruffleBoundary
    public static long asSize(Object o, BuiltinType errorType) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        if (errorType == null) {
            return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PythonErrors.raise(errorType, "cannot fit '%s' into an index-sized integer", PyObjectGetClass.typeName(o));
    }

    /** Like asSize, then into an int (Java array index range), clamping is not done. */
    @TruffleBoundary
    public static int asInt(Object o) {
        long l = asSize(o, BuiltinType.OVERFLOW_ERROR);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw PythonErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    /** Calls {@code type(o).__float__} ({@code m}) and checks that it returned a float. */
    @TruffleBoundary
    public static double callFloat(Object o, PythonClass type, Object m) {
        Object r = CallDispatch.callMethod(m, o);
        if (r instanceof Double d) {
            return d;
        }
        if (PPrimitiveObject.floatValue(r) != null) {
            return (Double) PPrimitiveObject.floatValue(r);
        }
        throw PythonErrors.typeError("%s.__float__ returned non-float (type %s)", type.getName(), PyObjectGetClass.typeName(r));
    }

    /**
     * The Python-level {@code name} method ({@code __int__}, {@code __float__}, {@code __pow__})
     * of a subclass of int, float or str, which int(), float() and pow() call before using the
     * builtin value; null when the class keeps the builtin one.
     */
    public static Object overriddenBuiltinMethod(Object o, String name) {
        if (!(o instanceof PPrimitiveObject)) {
            return null;
        }
        Object m = PyObjectGetClass.get(o).lookup(name);
        return m == null || m instanceof dev.taipan.runtime.function.PBuiltinFunction ? null : m;
    }

    /** {@code float(o)} for a number-like: float, int, or __float__ / __index__. */
    @TruffleBoundary
    public static double asDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (IntMath.isInt(o)) {
            return IntMath.toDouble(o);
        }
        Object fv = PPrimitiveObject.floatValue(o);
        if (fv != null) {
            return (Double) fv;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__float__");
        if (m != null) {
            return callFloat(o, type, m);
        }
        if (type.lookup("__index__") != null) {
            return IntMath.toDouble(index(o));
        }
        throw PythonErrors.typeError("must be real number, not %s", type.getName());
    }
}
