package dev.taipan.runtime.math;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;

/** {@code math.fsum}: the correctly rounded sum, computed exactly with BigDecimal. */
public final class FloatSum {
    private FloatSum() {
    }

    @TruffleBoundary
    public static double fsum(Object iterable) {
        Object it = PyObjectIter.getIter(iterable);
        BigDecimal exact = BigDecimal.ZERO;
        double special = 0.0;
        boolean sawNaN = false;
        boolean sawSpecial = false;
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            double d = PyNumberConvert.asDouble(v);
            if (Double.isNaN(d)) {
                sawNaN = true;
            } else if (Double.isInfinite(d)) {
                special += d;
                sawSpecial = true;
            } else {
                exact = exact.add(new BigDecimal(d));
            }
        }
        // opposite infinities are an error even when a NaN was also seen
        if (sawSpecial && Double.isNaN(special)) {
            throw PythonErrors.valueError("-inf + inf in fsum");
        }
        if (sawNaN) {
            return Double.NaN;
        }
        if (sawSpecial) {
            return special;
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflowError("intermediate overflow in fsum");
        }
        return r;
    }
}
