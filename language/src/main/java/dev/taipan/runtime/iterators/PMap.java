package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code map(function, *iterables)}. */
public final class PMap extends PBuiltinIterator {
    private final Object function;
    private final Object[] iterators;
    private boolean exhausted;

    public PMap(PythonClass cls, Object function, Object[] iterators) {
        setPythonClass(cls);
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public Object next() {
        Object[] its = iterators;
        if (exhausted) {
            return null;
        }
        Object[] args = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
            Object v = PyObjectIter.next(its[i]);
            if (v == null) {
                exhausted = true;
                return null;
            }
            args[i] = v;
        }
        return CallDispatch.call(function, args);
    }

    /** {@code (map, (function, *iterators))}. */
    @Override
    public Object reduce() {
        Object[] args = new Object[iterators.length + 1];
        args[0] = function;
        System.arraycopy(iterators, 0, args, 1, iterators.length);
        return PTuple.of(PyObjectGetClass.get(this), new PTuple(args));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MAP;
    }
}
