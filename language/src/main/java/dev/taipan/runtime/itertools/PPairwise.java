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

    @Override
    public Object next() {
        if (iterator == null) {
            return null;
        }
        if (previous == null) {
            previous = PyObjectIter.next(iterator);
            if (previous == null) {
                iterator = null;
                return null;
            }
        }
        Object v = PyObjectIter.next(iterator);
        if (v == null) {
            iterator = null;
            previous = null;
            return null;
        }
        PTuple pair = new PTuple(new Object[]{previous, v});
        previous = v;
        return pair;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_PAIRWISE;
    }
}
