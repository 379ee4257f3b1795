package dev.taipan.runtime.collections;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** Forward or reverse iterator over a deque; fails if the deque changes size underneath. */
public final class PDequeIterator extends PBuiltinIterator {
    private final PDeque deque;
    private final boolean reverse;
    private final long expectedState;
    private int index;

    public PDequeIterator(PythonClass cls, PDeque deque, boolean reverse) {
        setPythonClass(cls);
        this.deque = deque;
        this.reverse = reverse;
        this.expectedState = deque.state();
    }

    @Override
    public Object next() {
        if (deque.state() != expectedState) {
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
        return Math.max(0, deque.size() - index);
    }

    @Override
    public BuiltinType builtinType() {
        return reverse ? BuiltinType.DEQUE_REVERSE_ITERATOR : BuiltinType.DEQUE_ITERATOR;
    }
}
