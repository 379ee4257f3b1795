package dev.taipan.runtime.collections;

import java.util.Arrays;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code collections.deque}: a growable ring buffer with O(1) appends and pops at both ends and
 * O(1) indexing. {@link #state} counts mutations so iterators can detect them like CPython.
 */
public final class PDeque extends PythonObject {
    private Object[] items = new Object[8];
    private int head;
    private int size;
    /** -1 for unbounded. */
    private int maxlen = -1;
    private long state;

    public PDeque(PythonClass cls) {
        super(cls);
    }

    public int size() {
        return size;
    }

    public int maxlen() {
        return maxlen;
    }

    public void setMaxlen(int maxlen) {
        this.maxlen = maxlen;
    }

    public long state() {
        return state;
    }

    public Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    public void set(int i, Object v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    private void grow() {
        Object[] n = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            n[i] = get(i);
        }
        items = n;
        head = 0;
    }

    public void append(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = v;
        size++;
        state++;
    }

    public void appendLeft(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
        state++;
    }

    /** Removes and returns the last item; the caller checks emptiness. */
    public Object pop() {
        int idx = (head + size - 1) & (items.length - 1);
        Object v = items[idx];
        items[idx] = null;
        size--;
        state++;
        return v;
    }

    public Object popLeft() {
        Object v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    public Object[] toArray() {
        Object[] r = new Object[size];
        for (int i = 0; i < size; i++) {
            r[i] = get(i);
        }
        return r;
    }

    /** Replaces the contents (keeping maxlen's rightmost items). */
    public void setContents(Object[] values) {
        int from = maxlen >= 0 && values.length > maxlen ? values.length - maxlen : 0;
        int n = values.length - from;
        int cap = 8;
        while (cap < n) {
            cap <<= 1;
        }
        items = Arrays.copyOfRange(values, from, from + cap);
        head = 0;
        size = n;
        state++;
    }

    public void clear() {
        items = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.DEQUE;
    }
}
