package dev.taipan.runtime.iterators;

import dev.taipan.runtime.types.BuiltinType;

/** Iterates a fixed array (tuples, and snapshots such as set contents). */
public final class PArrayIterator extends PBuiltinIterator {
    private Object[] items;
    private int index;
    private final BuiltinType type;

    public PArrayIterator(Object[] items, BuiltinType type) {
        this.items = items;
        this.type = type;
    }

    /** The remaining items' array, or null once exhausted. */
    public Object[] getItems() {
        return items;
    }

    public int getIndex() {
        return index;
    }

    public void setIndex(int index) {
        this.index = index;
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

    @Override
    public BuiltinType builtinType() {
        return type;
    }
}
