package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code map(function, *iterables)}. */
public final class PMap extends PBuiltinIterator {
    private final Object function;
    private Object[] iterators;

    public PMap(PythonClass cls, Object function, Object[] iterators) {
        setPythonClass(cls);
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public Object next() {
        Object[] its = iterators;
        if (its == null) {
            return null;
        }
        Object[] args = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
            Object v = PyObjectIter.next(its[i]);
            if (v == null) {
                iterators = null;
                return null;
            }
            args[i] = v;
        }
        return CallDispatch.call(function, args);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MAP;
    }
}
