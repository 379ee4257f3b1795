package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;

/** {@code compress(data, selectors)}. */
public final class PCompress extends PBuiltinIterator {
    private final Object data;
    private final Object selectors;

    public PCompress(PythonClass cls, Object data, Object selectors) {
        setPythonClass(cls);
        this.data = data;
        this.selectors = selectors;
    }

    @Override
    public Object next() {
        while (true) {
            Object d = PyObjectIter.next(data);
            if (d == null) {
                return null;
            }
            Object s = PyObjectIter.next(selectors);
            if (s == null) {
                return null;
            }
            if (PyObjectIsTrue.execute(s)) {
                return d;
            }
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_COMPRESS;
    }
}
