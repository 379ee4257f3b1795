package dev.taipan.runtime.iterators;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a range of longs. */
public final class PRangeIterator extends PBuiltinIterator {
    private long next;
    private final long step;
    private long remaining;
    /** Named longrange_iterator: CPython uses its BigInteger iterator for ranges at the edge of long. */
    private final boolean longNamed;

    public PRangeIterator(long start, long step, long length, boolean longNamed) {
        this.next = start;
        this.step = step;
        this.remaining = length;
        this.longNamed = longNamed;
    }

    public boolean hasNext() {
        return remaining > 0;
    }

    /** The next value; only valid when {@link #hasNext()}. */
    public long nextLong() {
        long v = next;
        next += step;
        remaining--;
        return v;
    }

    @Override
    public Object next() {
        return remaining > 0 ? (Object) nextLong() : null;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    /** The range still to come, {@code (iter, (range(next, stop, step),), None)}. */
    @Override
    @TruffleBoundary
    public Object reduce() {
        BigInteger stop = BigInteger.valueOf(next).add(BigInteger.valueOf(remaining).multiply(BigInteger.valueOf(step)));
        return reduction(builtin("iter"), PRange.of(BigInteger.valueOf(next), stop, BigInteger.valueOf(step)), PNone.NONE);
    }

    /** Skips {@code state} items (CPython's range iterator counts from where it stands). */
    @Override
    public void setState(Object state) {
        long skip = Math.max(0, Math.min(remaining, PyNumberConvert.asSize(state, BuiltinType.OVERFLOW_ERROR)));
        next += skip * step;
        remaining -= skip;
    }

    @Override
    public BuiltinType builtinType() {
        return longNamed ? BuiltinType.LONGRANGE_ITERATOR : BuiltinType.RANGE_ITERATOR;
    }
}
