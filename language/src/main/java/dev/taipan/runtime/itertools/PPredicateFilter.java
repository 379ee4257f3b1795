package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;

/** {@code dropwhile}, {@code takewhile} and {@code filterfalse}: iterators steered by a predicate. */
public final class PPredicateFilter extends PBuiltinIterator {
    public enum Mode {
        DROPWHILE(BuiltinType.IT_DROPWHILE),
        TAKEWHILE(BuiltinType.IT_TAKEWHILE),
        FILTERFALSE(BuiltinType.IT_FILTERFALSE);

        final BuiltinType type;

        Mode(BuiltinType type) {
            this.type = type;
        }
    }

    private final Mode mode;
    private final Object predicate;
    private final Object iterator;
    /** dropwhile: the predicate has failed once; takewhile: it has failed (stop). */
    private boolean flipped;

    public PPredicateFilter(PythonClass cls, Mode mode, Object predicate, Object iterator) {
        setPythonClass(cls);
        this.mode = mode;
        this.predicate = predicate;
        this.iterator = iterator;
    }

    private boolean test(Object v) {
        // filterfalse(None, it) tests the items themselves
        Object r = predicate == PNone.NONE ? v : CallDispatch.call(predicate, v);
        return PyObjectIsTrue.execute(r);
    }

    @Override
    public Object next() {
        if (mode == Mode.TAKEWHILE && flipped) {
            return null;
        }
        while (true) {
            Object v = PyObjectIter.next(iterator);
            if (v == null) {
                return null;
            }
            switch (mode) {
                case DROPWHILE:
                    if (flipped || !test(v)) {
                        flipped = true;
                        return v;
                    }
                    break;
                case TAKEWHILE:
                    if (test(v)) {
                        return v;
                    }
                    flipped = true;
                    return null;
                default:
                    if (!test(v)) {
                        return v;
                    }
            }
        }
    }

    @Override
    public BuiltinType builtinType() {
        return mode.type;
    }
}
