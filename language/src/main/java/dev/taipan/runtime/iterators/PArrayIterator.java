package dev.taipan.runtime.iterators;

import java.util.Arrays;

import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a fixed array: a tuple's items, or a snapshot (such as a dict's keys in reverse). */
public final class PArrayIterator extends PBuiltinIterator {
    private Object[] items;
    private int index;
    private final BuiltinType type;

    public PArrayIterator(Object[] items, BuiltinType type) {
        this.items = items;
        this.type = type;
    }

    @Override
    public Object next() {
        Object[] a = items;
        if (a != null) {
            if (index < a.length) {
                return a[index++];
            }
            items = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return items == null ? 0 : items.length - index;
    }

    /** A tuple's iterator reduces to the tuple and index; a snapshot's to a list of what is left. */
    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        if (type != BuiltinType.TUPLE_ITERATOR) {
            return reduction(iter, items == null ? new PList() : new PList(Arrays.copyOfRange(items, index, items.length)));
        }
        return items == null ? reduction(iter, PTuple.EMPTY) : reduction(iter, new PTuple(items), (long) index);
    }

    @Override
    public void setState(Object state) {
        if (items != null) {
            index = (int) clampedPosition(state, 0, items.length);
        }
    }

    @Override
    public BuiltinType builtinType() {
        return type;
    }
}
