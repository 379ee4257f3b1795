package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.sequence.SequenceOps;

/** {@code starmap(function, iterable)}: function(*item) for each item. */
public final class PStarMap extends PBuiltinIterator {
    private final Object function;
    private final Object iterator;

    public PStarMap(PythonClass cls, Object function, Object iterator) {
        setPythonClass(cls);
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        Object args = PyObjectIter.next(iterator);
        if (args == null) {
            return null;
        }
        return CallDispatch.call(function, SequenceOps.toArray(args));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_STARMAP;
    }
}
