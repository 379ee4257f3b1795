package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.PythonClass;

/**
 * CPython's {@code PyObject_RichCompare}: tries the reflected method of a right operand whose
 * type is a subclass first, then the left operand's method, then the reflected one; {@code ==}
 * and {@code !=} fall back to identity. The bytecode's compare instruction has typed fast paths
 * and ends up here for everything else.
 */
public final class PyObjectRichCompare {
    private PyObjectRichCompare() {
    }

    @TruffleBoundary
    public static Object compare(Object v, Object w, CompareOp op) {
        Object fast = fastCompare(v, w, op);
        if (fast != null) {
            return fast;
        }
        // comparing containers recurses through their elements: a self-containing list counts
        // toward the recursion limit instead of exhausting the (large) Java stack
        ThreadState state = ThreadState.get(null);
        state.enterNested(" in comparison");
        try {
            return compareGeneric(v, w, op);
        } finally {
            state.exitNested();
        }
    }

    private static Object compareGeneric(Object v, Object w, CompareOp op) {
        PythonClass tv = PyObjectGetClass.get(v);
        PythonClass tw = PyObjectGetClass.get(w);
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubclassOf(tv)) {
            // unlike binary operators, a comparison tries the subclass's reflected method first even
            // when the subclass only inherits it (CPython's do_richcompare)
            Object m = tw.lookup(op.reflected().dunder);
            if (m != null) {
                checkedReverse = true;
                Object r = CallDispatch.callMethod(m, w, v);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        Object m = tv.lookup(op.dunder);
        if (m != null) {
            Object r = CallDispatch.callMethod(m, v, w);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (!checkedReverse) {
            Object rm = tw.lookup(op.reflected().dunder);
            if (rm != null) {
                Object r = CallDispatch.callMethod(rm, w, v);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        if (op != CompareOp.EQ && op != CompareOp.NE && (WeakRefs.isProxy(v) || WeakRefs.isProxy(w))) {
            return compare(WeakRefs.throughProxy(v), WeakRefs.throughProxy(w), op);   // proxies order as their referents
        }
        switch (op) {
            case EQ:
                return v == w;
            case NE:
                return v != w;
            default:
                throw PythonErrors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, tv.getTpName(), tw.getTpName());
        }
    }

    /** Direct answers for numbers and strings; null when the generic protocol is needed. */
    public static Object fastCompare(Object v, Object w, CompareOp op) {
        if (v instanceof Long a && w instanceof Long b) {
            return op.test(Long.compare(a, b));
        }
        if (v instanceof Double a && w instanceof Double b) {
            return compareDoubles(a, b, op);
        }
        if (v instanceof String a && w instanceof String b) {
            return op.test(compareStrings(a, b));
        }
        if (v instanceof PBytes a && w instanceof PBytes b && a.getExplicitClass() == null && b.getExplicitClass() == null) {
            return op.test(BytesOps.compare(a.bytes(), b.bytes()));
        }
        if (IntMath.isInt(v) && IntMath.isInt(w)) {
            return op.test(IntMath.compare(v, w));
        }
        if ((v instanceof Double || IntMath.isInt(v)) && (w instanceof Double || IntMath.isInt(w))) {
            return NumberCompare.compareMixed(v, w, op);
        }
        return null;
    }

    public static boolean compareDoubles(double a, double b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** Code-point order (Java's compareTo is UTF-16 order, which differs above U+FFFF). */
    public static int compareStrings(String a, String b) {
        int c = a.compareTo(b);
        if (c == 0 || (a.codePointCount(0, a.length()) == a.length() && b.codePointCount(0, b.length()) == b.length())) {
            // no surrogate pairs (a Latin-1 string answers that without a scan): UTF-16 order is
            // code point order
            return c;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }
}
