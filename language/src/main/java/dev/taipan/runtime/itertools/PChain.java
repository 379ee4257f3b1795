package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIter;

/** {@code chain(*iterables)} and {@code chain.from_iterable(iterables)}: the iterables are drawn lazily from a source iterator. */
public final class PChain extends PBuiltinIterator {
    /** Iterator over the iterables; null when exhausted. */
    private Object source;
    private Object active;

    public PChain(PythonClass cls, Object source) {
        setPythonClass(cls);
        this.source = source;
    }

    @Override
    public Object next() {
        while (source != null) {
            if (active == null) {
                Object iterable = PyObjectIter.next(source);
                if (iterable == null) {
                    source = null;
                    return null;
                }
                active = PyObjectIter.getIter(iterable);
            }
            Object v = PyObjectIter.next(active);
            if (v != null) {
                return v;
            }
            active = null;
        }
        return null;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_CHAIN;
    }
}
