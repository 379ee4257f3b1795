package dev.taipan.bytecode;

import dev.taipan.runtime.abstractops.PyObjectIter;

/** {@code iter()} and {@code next()} for the loop instructions. */
final class Iteration {
    private Iteration() {
    }

    static Object getIter(Object obj) {
        return PyObjectIter.getIter(obj);
    }

    /** The next item or null at the end. */
    static Object next(Object it) {
        return PyObjectIter.next(it);
    }
}
