package dev.taipan.bytecode;

import dev.taipan.runtime.abstractops.GenericAttributes;

/** {@code del obj.name}. */
final class Attributes {
    private Attributes() {
    }

    static void delete(Object obj, String name) {
        GenericAttributes.setAttribute(obj, name, null);
    }
}
