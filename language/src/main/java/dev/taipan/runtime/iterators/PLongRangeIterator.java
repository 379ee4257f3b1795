package dev.taipan.runtime.iterators;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a range whose values or length go beyond long (CPython's longrange_iterator). */
public final class PLongRangeIterator extends PBuiltinIterator {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    public PLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        BigInteger v = next;
        next = next.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return IntMath.normalize(v);
    }

    @Override
    @TruffleBoundary
    public long lengthHint() {
        return remaining.bitLength() < 64 ? remaining.longValue() : Long.MAX_VALUE;
    }

    @Override
    @TruffleBoundary
    public Object reduce() {
        return reduction(builtin("iter"), PRange.of(next, next.add(remaining.multiply(step)), step), PNone.NONE);
    }

    /** Skips {@code state} items, clamped to what is left (compared as Python does, so any int works). */
    @Override
    @TruffleBoundary
    public void setState(Object state) {
        Object skip = state;
        if (PyObjectRichCompareBool.compareUncached(state, 0L, CompareOp.LT)) {
            skip = 0L;
        } else if (PyObjectRichCompareBool.compareUncached(IntMath.normalize(remaining), state, CompareOp.LT)) {
            skip = IntMath.normalize(remaining);
        }
        BigInteger n = IntMath.big(PyNumberConvert.index(skip));
        next = next.add(n.multiply(step));
        remaining = remaining.subtract(n);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.LONGRANGE_ITERATOR;
    }
}
