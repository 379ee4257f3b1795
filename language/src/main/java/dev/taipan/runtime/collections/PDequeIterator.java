package dev.taipan.runtime.collections;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** Forward or reverse iterator over a deque; fails if the deque changes size underneath. */
public final class PDequeIterator extends PBuiltinIterator {
    private final PDeque deque;
    private final boolean reverse;
    private final long expectedState;
    private int index;
    /** Set when the deque changed underneath: from then on nothing is left. */
    private boolean broken;

    public PDequeIterator(PythonClass cls, PDeque deque, boolean reverse) {
        setPythonClass(cls);
        this.deque = deque;
        this.reverse = reverse;
        this.expectedState = deque.state();
    }

    @Override
    public Object next() {
        if (deque.state() != expectedState) {
            broken = true;
            throw PythonErrors.runtimeError("deque mutated during iteration");
        }
        if (index >= deque.size()) {
            return null;
        }
        int i = index++;
        return deque.get(reverse ? deque.size() - 1 - i : i);
    }

    @Override
    public long lengthHint() {
        return broken ? 0 : Math.max(0, deque.size() - index);
    }

    /** {@code (type(it), (deque, consumed))}: the type's constructor skips that many again. */
    @Override
    public Object reduce() {
        return PTuple.of(PyObjectGetClass.get(this), PTuple.of(deque, (long) index));
    }

    @Override
    public BuiltinType builtinType() {
        return reverse ? BuiltinType.DEQUE_REVERSE_ITERATOR : BuiltinType.DEQUE_ITERATOR;
    }
}
