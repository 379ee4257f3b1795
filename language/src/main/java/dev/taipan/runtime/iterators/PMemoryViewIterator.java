package dev.taipan.runtime.iterators;

import dev.taipan.runtime.objects.PMemoryView;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates the elements of a one-dimensional memoryview ({@code memory_iterator}). */
public final class PMemoryViewIterator extends PBuiltinIterator {
    private PMemoryView view;
    private int index;

    public PMemoryViewIterator(PMemoryView view) {
        this.view = view;
    }

    @Override
    public Object next() {
        PMemoryView v = view;
        if (v != null) {
            if (index < v.length()) {
                byte[] a = v.array();
                return v.format().unpack(a, v.byteOffset(index++));
            }
            view = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return view == null ? 0 : view.length() - index;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MEMORY_ITERATOR;
    }
}
