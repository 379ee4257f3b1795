package dev.taipan.runtime.itertools;

import dev.taipan.runtime.abstractops.PyObjectIter;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code islice(iterable, [start,] stop[, step])}: lazily skips to start, then every step-th item before stop. */
public final class PISlice extends PBuiltinIterator {
    private Object iterator;
    /** Index of the next item the source will produce. */
    private long position;
    private long nextWanted;
    /** Exclusive end, or -1 for no end. */
    private final long stop;
    private final long step;

    public PISlice(PythonClass cls, Object iterator, long start, long stop, long step) {
        setPythonClass(cls);
        this.iterator = iterator;
        this.nextWanted = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object next() {
        if (iterator == null) {
            return null;
        }
        while (position < nextWanted) {
            if (stop >= 0 && position >= stop) {
                break;
            }
            if (PyObjectIter.next(iterator) == null) {
                iterator = null;
                return null;
            }
            position++;
        }
        if (stop >= 0 && nextWanted >= stop) {
            // consume up to stop like CPython so the source is left where it would be
            while (position < stop && PyObjectIter.next(iterator) != null) {
                position++;
            }
            iterator = null;
            return null;
        }
        Object v = PyObjectIter.next(iterator);
        if (v == null) {
            iterator = null;
            return null;
        }
        position++;
        // a step past stop (or past the long range) means no further item is wanted
        long following = nextWanted + step;
        nextWanted = following < nextWanted ? (stop >= 0 ? stop : Long.MAX_VALUE) : (stop >= 0 ? Math.min(following, stop) : following);
        return v;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_ISLICE;
    }
}
