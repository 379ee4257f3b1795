package dev.taipan.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;

/**
 * A slice resolved against a length of any size (CPython's _PySlice_GetLongIndices): used by
 * {@code slice.indices()} and by ranges too long for {@link SliceIndices}.
 */
public record BigSliceIndices(BigInteger start, BigInteger stop, BigInteger step) {

    @TruffleBoundary
    public static BigSliceIndices compute(PSlice slice, BigInteger len) {
        BigInteger step = slice.step == PNone.NONE ? BigInteger.ONE : index(slice.step);
        if (step.signum() == 0) {
            throw PythonErrors.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = slice.start == PNone.NONE ? (back ? upper : lower) : clamp(index(slice.start), len, lower, upper);
        BigInteger stop = slice.stop == PNone.NONE ? (back ? lower : upper) : clamp(index(slice.stop), len, lower, upper);
        return new BigSliceIndices(start, stop, step);
    }

    /** Number of indices the slice selects. */
    @TruffleBoundary
    public BigInteger length() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            return i.add(len).max(lower);
        }
        return i.min(upper);
    }

    private static BigInteger index(Object o) {
        if (!PyNumberConvert.hasIndex(o)) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return IntMath.big(PyNumberConvert.index(o));
    }
}
