package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code itertools._tee}: one of the iterators returned by {@code tee()}. */
public final class PTee extends PBuiltinIterator {
    private TeeBuffer chunk;
    private int index;

    public PTee(PythonClass cls, TeeBuffer chunk, int index) {
        setPythonClass(cls);
        this.chunk = chunk;
        this.index = index;
    }

    /** A new tee over the same source. */
    public static PTee over(PythonClass cls, Object iterator) {
        return new PTee(cls, new TeeBuffer(iterator), 0);
    }

    /** {@code copy()}: an independent tee at the same position. */
    public PTee copy() {
        return new PTee(getExplicitClass(), chunk, index);
    }

    @Override
    public Object next() {
        if (index >= TeeBuffer.CHUNK) {
            chunk = chunk.next();
            index = 0;
        }
        Object v = chunk.get(index);
        if (v != null) {
            index++;
        }
        return v;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_TEE;
    }
}
