package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PTuple;
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
        Object v;
        try {
            v = CallDispatch.call(callable);
        } catch (PException e) {
            // a StopIteration from the callable ends the iteration too
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (callable == null) {
            return null;   // the call exhausted this iterator through a re-entrant next()
        }
        if (PyObjectRichCompareBool.eqUncached(sentinel, v)) {
            callable = null;
            return null;
        }
        return v;
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return callable == null ? reduction(iter, PTuple.EMPTY) : PTuple.of(iter, PTuple.of(callable, sentinel));
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CALLABLE_ITERATOR;
    }
}
