package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;

/** {@code accumulate(iterable, func=operator.add, *, initial=None)}. */
public final class PAccumulate extends PBuiltinIterator {
    private final Object iterator;
    /** The binary function, or null for +. */
    private final Object func;
    private Object total;
    private Object initial;

    public PAccumulate(PythonClass cls, Object iterator, Object func, Object initial) {
        setPythonClass(cls);
        this.iterator = iterator;
        this.func = func;
        this.initial = initial;
    }

    @Override
    public Object next() {
        if (initial != null) {
            total = initial;
            initial = null;
            return total;
        }
        Object v = PyObjectIter.next(iterator);
        if (v == null) {
            return null;
        }
        if (total == null) {
            total = v;
        } else {
            total = func == null ? PyNumberBinary.execute(total, v, BinaryOp.ADD) : CallDispatch.call(func, total, v);
        }
        return total;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_ACCUMULATE;
    }
}
