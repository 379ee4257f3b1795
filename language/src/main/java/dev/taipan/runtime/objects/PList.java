package dev.taipan.runtime.objects;

import java.util.Arrays;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code list}: a growable Object[]; {@code size} elements are live. */
public final class PList extends PythonObject {
    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

    public PList() {
        this.items = EMPTY;
    }

    public PList(PythonClass cls) {
        super(cls);
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items}. */
    public PList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    /** The backing array; only the first {@link #size()} elements are live. */
    public Object[] rawItems() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void append(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    public void ensureCapacity(int n) {
        if (n > items.length) {
            grow(n);
        }
    }

    private void grow(int min) {
        int n = Math.max(min, items.length < 4 ? 4 : items.length + (items.length >> 1) + 1);
        items = Arrays.copyOf(items, n);
    }

    public void insert(int index, Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object removeAt(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces the contents (the list takes ownership of the array). */
    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public void clear() {
        if (size == 0 && items.length == 0) {
            return;   // keeps the array identity list.sort uses to notice changes
        }
        items = EMPTY;
        size = 0;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.LIST;
    }
}
