package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.types.BuiltinType;

/** {@code iter(callable, sentinel)}. */
public final class PCallableIterator extends PBuiltinIterator {
    private Object callable;
    private final Object sentinel;

    public PCallableIterator(Object callable, Object sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object v = CallDispatch.call(callable);
        if (PyObjectRichCompareBool.eqUncached(v, sentinel)) {
            callable = null;
            return null;
        }
        return v;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CALLABLE_ITERATOR;
    }
}
