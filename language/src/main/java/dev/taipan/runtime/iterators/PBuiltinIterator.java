package dev.taipan.runtime.iterators;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;

/**
 * The VM's own iterators. {@link #next()} returns the next item or null when exhausted, so loops
 * over builtin iterables never raise StopIteration internally.
 */
public abstract class PBuiltinIterator extends PythonObject {
    /** The next item, or null when exhausted (and from then on). */
    public abstract Object next();

    /** {@code __length_hint__}: items left, or -1 if unknown. */
    public long lengthHint() {
        return -1;
    }

    /**
     * {@code __reduce__}: how copy and pickle rebuild this iterator where it stands. Most give
     * {@code (iter, (iterable,), position)}, and {@code (iter, (empty,))} once exhausted.
     */
    public Object reduce() {
        throw PythonErrors.typeError("cannot pickle '%s' object", PyObjectGetClass.typeName(this));
    }

    /** {@code __setstate__}: takes back the position {@link #reduce()} gave. */
    public void setState(Object state) {
        throw PythonErrors.typeError("cannot set the state of '%s' object", PyObjectGetClass.typeName(this));
    }

    /**
     * A builtin such as {@code iter} for a reduce value. Look it up before reading the iterator's
     * state: the lookup can run Python code (a builtins key's {@code __eq__}) that advances it.
     */
    protected static Object builtin(String name) {
        Object b = TaipanContext.get(null).getBuiltinsDict().getString(name);
        if (b == null) {
            throw PythonErrors.attributeError("%s", name);
        }
        return b;
    }

    /** {@code (callable, (arg,))}. */
    protected static PTuple reduction(Object callable, Object arg) {
        return PTuple.of(callable, PTuple.of(arg));
    }

    /** {@code (callable, (arg,), position)}. */
    protected static PTuple reduction(Object callable, Object arg, Object position) {
        return PTuple.of(callable, PTuple.of(arg), position);
    }

    /** A {@code __setstate__} position clamped to [low, high], read as CPython's PyLong_AsSsize_t. */
    protected static long clampedPosition(Object state, long low, long high) {
        return Math.max(low, Math.min(high, PyNumberConvert.asSsizeOfInt(state)));
    }
}
