package dev.taipan.runtime.iterators;

import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** {@code reversed(list)}. */
public final class PListReverseIterator extends PBuiltinIterator {
    private PList list;
    private int index;

    public PListReverseIterator(PList list) {
        this.list = list;
        this.index = list.size() - 1;
    }

    @Override
    public Object next() {
        PList l = list;
        if (l != null) {
            if (index >= 0 && index < l.size()) {
                return l.get(index--);
            }
            list = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return list == null || list.size() < index + 1 ? 0 : index + 1;
    }

    @Override
    public Object reduce() {
        Object reversed = builtin("reversed");
        return list == null ? reduction(builtin("iter"), new PList()) : reduction(reversed, list, (long) index);
    }

    @Override
    public void setState(Object state) {
        if (list != null) {
            index = (int) clampedPosition(state, -1, list.size() - 1);
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.LIST_REVERSEITERATOR;
    }
}
