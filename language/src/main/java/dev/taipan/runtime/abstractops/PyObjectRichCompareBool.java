package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's {@code PyObject_RichCompareBool}: identity implies equality (what containers use),
 * then the rich comparison's truth value.
 */
public final class PyObjectRichCompareBool {
    private PyObjectRichCompareBool() {
    }

    @TruffleBoundary
    public static boolean eqUncached(Object a, Object b) {
        if (Identity.is(a, b)) {
            return true;
        }
        // the commonest container elements, answered without a rich comparison's result object
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return PyObjectIsTrue.execute(PyObjectRichCompare.compare(a, b, CompareOp.EQ));
    }

    @TruffleBoundary
    public static boolean compareUncached(Object a, Object b, CompareOp op) {
        if (Identity.is(a, b)) {
            if (op == CompareOp.EQ) {
                return true;
            } else if (op == CompareOp.NE) {
                return false;
            }
        }
        return PyObjectIsTrue.execute(PyObjectRichCompare.compare(a, b, op));
    }
}
