package dev.taipan.runtime.iterators;

import dev.taipan.runtime.types.BuiltinType;

/** Iterates a range of longs. */
public final class PRangeIterator extends PBuiltinIterator {
    private long next;
    private final long step;
    private long remaining;

    public PRangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
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

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.RANGE_ITERATOR;
    }
}
