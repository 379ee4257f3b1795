package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** The old protocol: iterate by calling {@code __getitem__(0), (1), ...} until IndexError. */
public final class PSequenceIterator extends PBuiltinIterator {
    private Object sequence;
    private long index;

    public PSequenceIterator(Object sequence) {
        this.sequence = sequence;
    }

    @Override
    public Object next() {
        if (sequence == null) {
            return null;
        }
        try {
            return PyObjectItems.getItem(sequence, index++);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.INDEX_ERROR) ||
                            PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION)) {
                sequence = null;
                return null;
            }
            throw e;
        }
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return sequence == null ? reduction(iter, PTuple.EMPTY) : reduction(iter, sequence, index);
    }

    @Override
    public void setState(Object state) {
        if (sequence != null) {
            index = clampedPosition(state, 0, Long.MAX_VALUE);
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SEQUENCE_ITERATOR;
    }
}
