package dev.taipan.runtime.iterators;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.numbers.IntMath;
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
    public BuiltinType builtinType() {
        return BuiltinType.LONGRANGE_ITERATOR;
    }
}
