package dev.taipan.bytecode;

import dev.taipan.runtime.abstractops.PyObjectItems;

/** {@code del obj[key]}. */
final class Items {
    private Items() {
    }

    static void delete(Object obj, Object key) {
        PyObjectItems.delItem(obj, key);
    }
}
