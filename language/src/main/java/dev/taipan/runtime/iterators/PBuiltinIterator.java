package dev.taipan.runtime.iterators;

import dev.taipan.runtime.objects.PythonObject;

/**
 * The VM's own iterators. {@link #next()} returns the next item or null when exhausted, so loops
 * over builtin iterables never raise StopIteration internally.
 */
public abstract class PBuiltinIterator extends PythonObject {
    /** The next item, or null when exhausted (and from then on). */
    public abstract Object next();

    /** {@code __length_hint__}: items left, or -1 if unknown. */
    public long lengthHint() {
        return -1;
    }
}
