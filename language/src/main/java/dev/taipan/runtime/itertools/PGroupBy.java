package dev.taipan.runtime.itertools;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.TaipanContext;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code groupby(iterable, key=None)}: (key, group) pairs; a group is only valid until the next pair is requested. */
public final class PGroupBy extends PBuiltinIterator {
    private final Object iterator;
    /** The key function, or null for identity. */
    private final Object keyFunc;
    Object currentKey;
    Object currentValue;
    Object targetKey;
    /** The group most recently handed out: only it may keep reading. */
    PGrouper currentGrouper;
    boolean exhausted;

    public PGroupBy(PythonClass cls, Object iterator, Object keyFunc) {
        setPythonClass(cls);
        this.iterator = iterator;
        this.keyFunc = keyFunc;
    }

    /** Advances the source by one item; false at its end. */
    boolean step() {
        Object v = PyObjectIter.next(iterator);
        if (v == null) {
            exhausted = true;
            return false;
        }
        currentValue = v;
        currentKey = keyFunc == null ? v : CallDispatch.call(keyFunc, v);
        return true;
    }

    @Override
    public Object next() {
        currentGrouper = null;
        // skip the rest of the current group
        while (true) {
            if (currentKey == null) {
                if (exhausted || !step()) {
                    return null;
                }
            } else if (targetKey != null && PyObjectRichCompareBool.eqUncached(targetKey, currentKey)) {
                if (exhausted || !step()) {
                    return null;
                }
            } else {
                break;
            }
        }
        targetKey = currentKey;
        currentGrouper = new PGrouper(TaipanContext.get(null).getBuiltinClass(BuiltinType.IT_GROUPER), this, targetKey);
        return new PTuple(new Object[]{currentKey, currentGrouper});
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_GROUPBY;
    }
}
