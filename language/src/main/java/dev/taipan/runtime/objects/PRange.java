package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code range} with long bounds; ranges beyond long (rare) use {@link PBigRange}. The length is
 * computed once.
 */
public final class PRange extends PythonObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
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

    public long item(long i) {
        return start + i * step;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.RANGE;
    }
}
