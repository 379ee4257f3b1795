package dev.taipan.runtime.iterators;

import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a list by index, seeing appends made during iteration, like CPython. */
public final class PListIterator extends PBuiltinIterator {
    private PList list;
    private int index;

    public PListIterator(PList list) {
        this.list = list;
    }

    @Override
    public Object next() {
        PList l = list;
        if (l != null) {
            if (index < l.size()) {
                return l.get(index++);
            }
            list = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return list == null ? 0 : Math.max(0, list.size() - index);
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return list == null ? reduction(iter, new PList()) : reduction(iter, list, (long) index);
    }

    @Override
    public void setState(Object state) {
        if (list != null) {
            index = (int) clampedPosition(state, 0, list.size());
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.LIST_ITERATOR;
    }
}
