package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code filter(function or None, iterable)}. */
public final class PFilter extends PBuiltinIterator {
    private final Object function;
    private final Object iterator;

    public PFilter(PythonClass cls, Object function, Object iterator) {
        setPythonClass(cls);
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        while (true) {
            Object v = PyObjectIter.next(iterator);
            if (v == null) {
                return null;
            }
            Object test = function == PNone.NONE ? v : CallDispatch.call(function, v);
            if (PyObjectIsTrue.execute(test)) {
                return v;
            }
        }
    }

    @Override
    public Object reduce() {
        return PTuple.of(PyObjectGetClass.get(this), PTuple.of(function, iterator));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FILTER;
    }
}
