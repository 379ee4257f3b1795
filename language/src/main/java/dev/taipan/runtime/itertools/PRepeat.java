package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.PyObjectStr;

/** {@code repeat(object[, times])}. */
public final class PRepeat extends PBuiltinIterator {
    private final Object object;
    /** Remaining repetitions, or -1 for forever. */
    private long remaining;

    public PRepeat(PythonClass cls, Object object, long times) {
        setPythonClass(cls);
        this.object = object;
        this.remaining = times;
    }

    @Override
    public Object next() {
        if (remaining == 0) {
            return null;
        }
        if (remaining > 0) {
            remaining--;
        }
        return object;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    public boolean isForever() {
        return remaining < 0;
    }

    public String repr(String typeName) {
        return remaining < 0 ? typeName + "(" + PyObjectStr.repr(object) + ")" : typeName + "(" + PyObjectStr.repr(object) + ", " + remaining + ")";
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_REPEAT;
    }
}
