package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import java.util.ArrayList;

import dev.taipan.runtime.abstractops.PyObjectIter;

/** {@code cycle(iterable)}: the items, saved on the first pass, forever. */
public final class PCycle extends PBuiltinIterator {
    private Object iterator;
    private final ArrayList<Object> saved = new ArrayList<>();
    private int index;

    public PCycle(PythonClass cls, Object iterator) {
        setPythonClass(cls);
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        if (iterator != null) {
            Object v = PyObjectIter.next(iterator);
            if (v != null) {
                saved.add(v);
                return v;
            }
            iterator = null;
        }
        if (saved.isEmpty()) {
            return null;
        }
        Object v = saved.get(index);
        index = (index + 1) % saved.size();
        return v;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_CYCLE;
    }
}
