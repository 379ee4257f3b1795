package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code reversed(seq)} for sequences without {@code __reversed__}: indexes from the end. */
public final class PReversed extends PBuiltinIterator {
    private Object sequence;
    private long index;

    public PReversed(PythonClass cls, Object sequence, long length) {
        setPythonClass(cls);
        this.sequence = sequence;
        this.index = length - 1;
    }

    @Override
    public Object next() {
        if (sequence == null || index < 0) {
            sequence = null;
            return null;
        }
        return PyObjectItems.getItem(sequence, index--);
    }

    @Override
    public long lengthHint() {
        return sequence == null ? 0 : index + 1;
    }

    /** The sequence, or null once exhausted (as CPython drops it). */
    public Object getSequence() {
        return sequence;
    }

    /** The next index to read; -1 when exhausted. */
    public long getIndex() {
        return index;
    }

    public void setIndex(long index) {
        this.index = index;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.REVERSED;
    }
}
