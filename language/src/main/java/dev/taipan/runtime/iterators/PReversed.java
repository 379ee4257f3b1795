package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.objects.PTuple;
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

    /** Asks the sequence's length each time, as CPython does (it may have shrunk). */
    @Override
    public long lengthHint() {
        if (sequence == null) {
            return 0;
        }
        return PyObjectSize.execute(sequence) < index + 1 ? 0 : index + 1;
    }

    /** {@code (reversed, (seq,), index)}; once exhausted an empty tuple rebuilds one as exhausted. */
    @Override
    public Object reduce() {
        if (sequence == null) {
            return PTuple.of(PyObjectGetClass.get(this), PTuple.of(PTuple.EMPTY));
        }
        return PTuple.of(PyObjectGetClass.get(this), PTuple.of(sequence), index);
    }

    /** The index to read next, clamped to the sequence's current length. */
    @Override
    public void setState(Object state) {
        long position = PyNumberConvert.asSsizeOfInt(state);
        if (sequence != null) {
            index = Math.max(-1, Math.min(position, PyObjectSize.execute(sequence) - 1));
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.REVERSED;
    }
}
