package dev.taipan.runtime.abstractops;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.numbers.IntMath;

/** Exact comparison between ints and floats (no rounding of big ints to double). */
public final class NumberCompare {
    private NumberCompare() {
    }

    /** Longs up to 2**53 in magnitude convert to double exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /** {@code a op b}: directly when {@code a} converts to double exactly, else exactly. */
    public static boolean compare(long a, double b, CompareOp op) {
        if (a >= -EXACT_IN_DOUBLE && a <= EXACT_IN_DOUBLE) {
            return PyObjectRichCompare.compareDoubles(a, b, op);
        }
        return compareMixed(a, b, op);
    }

    /** {@code a op b} for a double and a long. */
    public static boolean compare(double a, long b, CompareOp op) {
        if (b >= -EXACT_IN_DOUBLE && b <= EXACT_IN_DOUBLE) {
            return PyObjectRichCompare.compareDoubles(a, b, op);
        }
        return compareMixed(a, b, op);
    }

    @TruffleBoundary
    public static boolean compareMixed(Object v, Object w, CompareOp op) {
        double dv = v instanceof Double d ? d : Double.NaN;
        double dw = w instanceof Double d ? d : Double.NaN;
        if ((v instanceof Double && Double.isNaN(dv)) || (w instanceof Double && Double.isNaN(dw))) {
            return op == CompareOp.NE;
        }
        if (v instanceof Double && Double.isInfinite(dv)) {
            return op.test(dv > 0 ? 1 : -1);
        }
        if (w instanceof Double && Double.isInfinite(dw)) {
            return op.test(dw > 0 ? -1 : 1);
        }
        BigDecimal a = v instanceof Double ? new BigDecimal(dv) : new BigDecimal(IntMath.big(v));
        BigDecimal b = w instanceof Double ? new BigDecimal(dw) : new BigDecimal(IntMath.big(w));
        return op.test(a.compareTo(b));
    }
}
