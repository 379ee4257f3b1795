package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.objects.PTuple;

/** {@code zip_longest(*iterables, fillvalue=None)}. */
public final class PZipLongest extends PBuiltinIterator {
    private final Object[] iterators;
    private final Object fillValue;
    private int active;

    public PZipLongest(PythonClass cls, Object[] iterators, Object fillValue) {
        setPythonClass(cls);
        this.iterators = iterators;
        this.fillValue = fillValue;
        this.active = iterators.length;
    }

    @Override
    public Object next() {
        if (active == 0) {
            return null;
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object v = iterators[i] == null ? null : PyObjectIter.next(iterators[i]);
            if (v == null) {
                if (iterators[i] != null) {
                    iterators[i] = null;
                    if (--active == 0) {
                        return null;
                    }
                }
                v = fillValue;
            }
            items[i] = v;
        }
        return new PTuple(items);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_ZIP_LONGEST;
    }
}
