package dev.taipan.runtime.abstractops;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.numbers.IntMath;

/** Exact comparison between ints and floats (no rounding of big ints to double). */
public final class NumberCompare {
    private NumberCompare() {
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
