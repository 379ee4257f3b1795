package dev.taipan.runtime.objects;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code range}. Almost every range has long bounds and a length that fits a long: those use the
 * long fields. A range with a bound or length beyond long (rare: {@code range(1 << 1000)}) keeps
 * its values in {@link #big} and the long fields are unused; the {@code big*()} accessors give
 * either kind as BigInteger for the slow paths.
 */
public final class PRange extends PythonObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** start, stop, step, length when they do not all fit long; otherwise null. */
    private final BigInteger[] big;

    public PRange(long start, long stop, long step) {
        long n = computeLength(start, stop, step);
        if (n < 0) {
            // a boundary: BigInteger arithmetic is far too deep to inline where ranges are made
            this.big = bigValues(start, stop, step);
            this.start = this.stop = this.step = this.length = 0;
        } else {
            this.big = null;
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = n;
        }
    }

    private PRange(BigInteger[] big) {
        this.big = big;
        this.start = this.stop = this.step = this.length = 0;
    }

    /** A range from arbitrary ints (step != 0), using the long form when everything fits. */
    @TruffleBoundary
    public static PRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PRange(bigValues(start, stop, step));
    }

    @TruffleBoundary
    private static BigInteger[] bigValues(long start, long stop, long step) {
        return bigValues(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
    }

    private static BigInteger[] bigValues(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        BigInteger n = span.signum() <= 0 ? BigInteger.ZERO : span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
        return new BigInteger[]{start, stop, step, n};
    }

    /** Number of elements, or -1 if it does not fit a long. */
    static long computeLength(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        try {
            long span = step > 0 ? Math.subtractExact(stop, start) - 1 : Math.subtractExact(start, stop) - 1;
            return span / Math.abs(step) + 1;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** Whether the values live in BigIntegers (the long fields are then meaningless). */
    public boolean isBig() {
        return big != null;
    }

    public long item(long i) {
        return start + i * step;
    }

    @TruffleBoundary
    public BigInteger bigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    @TruffleBoundary
    public BigInteger bigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    @TruffleBoundary
    public BigInteger bigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    @TruffleBoundary
    public BigInteger bigLength() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    /** The i-th element of any range (0 <= i < length). */
    @TruffleBoundary
    public BigInteger bigItem(BigInteger i) {
        return bigStart().add(i.multiply(bigStep()));
    }

    /** start, stop and step as Python ints. */
    public Object startObject() {
        return big != null ? IntMath.normalize(big[0]) : (Object) start;
    }

    public Object stopObject() {
        return big != null ? IntMath.normalize(big[1]) : (Object) stop;
    }

    public Object stepObject() {
        return big != null ? IntMath.normalize(big[2]) : (Object) step;
    }

    /** The length as a Python int. */
    public Object lengthObject() {
        return big != null ? IntMath.normalize(big[3]) : (Object) length;
    }

    public dev.taipan.runtime.iterators.PBuiltinIterator iterator() {
        if (big == null) {
            // CPython's fast iterator also needs stop + step - 1 to fit (a longrange_iterator otherwise)
            boolean nearEdge = length > 0 && (step > 0 ? stop > Long.MAX_VALUE - (step - 1) : stop < Long.MIN_VALUE + (-1 - step));
            return new dev.taipan.runtime.iterators.PRangeIterator(start, step, length, nearEdge);
        }
        return new dev.taipan.runtime.iterators.PLongRangeIterator(big[0], big[2], big[3]);
    }

    /** {@code reversed(range)}: the same elements from the last one down. */
    @TruffleBoundary
    public dev.taipan.runtime.iterators.PBuiltinIterator reverseIterator() {
        if (big == null && length > 0) {
            // start + (length - 1) * step can overflow even though every element fits
            try {
                long last = Math.addExact(start, Math.multiplyExact(length - 1, step));
                long back = Math.negateExact(step);
                // CPython's fast reverse iterator also needs start - step to fit
                boolean nearEdge = step > 0 ? Long.compareUnsigned(start - Long.MIN_VALUE, step) < 0 : Long.compareUnsigned(Long.MAX_VALUE - start, -step) < 0;
                return new dev.taipan.runtime.iterators.PRangeIterator(last, back, length, nearEdge);
            } catch (ArithmeticException e) {
                // fall through to the BigInteger iterator
            }
        } else if (big == null) {
            return new dev.taipan.runtime.iterators.PRangeIterator(start, 1, 0, false);
        }
        BigInteger n = bigLength();
        return new dev.taipan.runtime.iterators.PLongRangeIterator(bigItem(n.subtract(BigInteger.ONE)), bigStep().negate(), n);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.RANGE;
    }
}
