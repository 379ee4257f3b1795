package dev.taipan.runtime.itertools;

import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code itertools._grouper}: one group of a groupby; stops when the key changes or the parent moves on. */
public final class PGrouper extends PBuiltinIterator {
    private final PGroupBy parent;
    private final Object key;

    PGrouper(PythonClass cls, PGroupBy parent, Object key) {
        setPythonClass(cls);
        this.parent = parent;
        this.key = key;
    }

    @Override
    public Object next() {
        if (parent.currentGrouper != this) {
            return null;
        }
        if (parent.currentValue == null) {
            if (parent.exhausted || !parent.step()) {
                return null;
            }
        }
        if (!PyObjectRichCompareBool.eqUncached(key, parent.currentKey)) {
            return null;
        }
        Object v = parent.currentValue;
        parent.currentValue = null;
        return v;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_GROUPER;
    }
}
