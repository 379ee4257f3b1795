package dev.taipan.bytecode;

import dev.taipan.runtime.abstractops.PySequenceContains;

/** The {@code in} operator. */
final class Containment {
    private Containment() {
    }

    static boolean contains(Object container, Object item) {
        return PySequenceContains.contains(container, item);
    }
}
