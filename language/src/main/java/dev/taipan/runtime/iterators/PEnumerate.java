package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code enumerate(iterable, start)}. */
public final class PEnumerate extends PBuiltinIterator {
    private final Object iterator;
    private Object count;

    public PEnumerate(PythonClass cls, Object iterator, Object start) {
        setPythonClass(cls);
        this.iterator = iterator;
        this.count = start;
    }

    @Override
    public Object next() {
        Object v = PyObjectIter.next(iterator);
        if (v == null) {
            return null;
        }
        Object i = count;
        count = IntMath.add(count, 1L);
        return PTuple.of(i, v);
    }

    @Override
    public Object reduce() {
        return PTuple.of(PyObjectGetClass.get(this), PTuple.of(iterator, count));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ENUMERATE;
    }
}
