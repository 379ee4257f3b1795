package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import java.util.Arrays;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.objects.PTuple;

/** {@code batched(iterable, n)} (3.12): tuples of n items, the last possibly shorter. */
public final class PBatched extends PBuiltinIterator {
    private Object iterator;
    private final int n;

    public PBatched(PythonClass cls, Object iterator, int n) {
        setPythonClass(cls);
        this.iterator = iterator;
        this.n = n;
    }

    @Override
    public Object next() {
        if (iterator == null) {
            return null;
        }
        Object[] batch = new Object[n];
        int i = 0;
        while (i < n) {
            Object v = PyObjectIter.next(iterator);
            if (v == null) {
                iterator = null;
                break;
            }
            batch[i++] = v;
        }
        if (i == 0) {
            return null;
        }
        return new PTuple(i == n ? batch : Arrays.copyOf(batch, i));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_BATCHED;
    }
}
