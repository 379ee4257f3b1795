package dev.taipan.runtime.set;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.types.BuiltinType;

/** Iterates a set in table order; a size change during iteration is a RuntimeError. */
public final class PSetIterator extends PBuiltinIterator {
    private PSet set;
    private final int initialSize;
    private int position = -1;
    private int yielded;

    public PSetIterator(PSet set) {
        this.set = set;
        this.initialSize = set.size();
    }

    @Override
    public Object next() {
        PSet s = set;
        if (s == null) {
            return null;
        }
        SetStorage storage = s.storage();
        if (storage.size() != initialSize) {
            set = null;
            throw PythonErrors.runtimeError("Set changed size during iteration");
        }
        int p = storage.next(position);
        if (p < 0) {
            set = null;
            return null;
        }
        position = p;
        yielded++;
        return storage.keyAt(p);
    }

    @Override
    public long lengthHint() {
        return set == null ? 0 : Math.max(0, set.size() - yielded);
    }

    /** What is left, as a list: {@code (iter, ([remaining],))}. */
    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        PList rest = new PList();
        if (set != null) {
            SetStorage storage = set.storage();
            for (int p = storage.next(position); p >= 0; p = storage.next(p)) {
                rest.append(storage.keyAt(p));
            }
        }
        return reduction(iter, rest);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SET_ITERATOR;
    }
}
