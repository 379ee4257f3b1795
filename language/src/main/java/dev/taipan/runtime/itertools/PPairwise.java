package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.objects.PTuple;

/** {@code pairwise(iterable)}: overlapping pairs (a, b), (b, c), ... */
public final class PPairwise extends PBuiltinIterator {
    private Object iterator;
    private Object previous;

    public PPairwise(PythonClass cls, Object iterator) {
        setPythonClass(cls);
        this.iterator = iterator;
    }

    /** The input's next() may re-enter this pairwise (and exhaust it): fields are read again after each call. */
    @Override
    public Object next() {
        Object it = iterator;
        if (it == null) {
            return null;
        }
        Object old = previous;
        if (old == null) {
            old = PyObjectIter.next(it);
            previous = old;
            if (old == null) {
                iterator = null;
                return null;
            }
            it = iterator;
            if (it == null) {
                previous = null;
                return null;
            }
        }
        Object v = PyObjectIter.next(it);
        if (v == null) {
            iterator = null;
            previous = null;
            return null;
        }
        previous = v;
        return new PTuple(new Object[]{old, v});
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_PAIRWISE;
    }
}
