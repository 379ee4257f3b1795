package dev.taipan.runtime.array;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** {@code array.arrayiterator}: reads the live array, so it sees appends made while iterating. */
public final class PArrayIterator extends PBuiltinIterator {
    private PArray array;
    private int index;

    public PArrayIterator(PArray array) {
        this.array = array;
    }

    @Override
    public Object next() {
        if (array == null || index >= array.length()) {
            array = null;
            return null;
        }
        return array.get(index++);
    }

    @Override
    public long lengthHint() {
        return array == null ? 0 : Math.max(0, array.length() - index);
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return array == null ? reduction(iter, PTuple.EMPTY) : reduction(iter, array, (long) index);
    }

    @Override
    public void setState(Object state) {
        if (array != null) {
            index = (int) clampedPosition(state, 0, array.length());
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ARRAY_ITERATOR;
    }
}
