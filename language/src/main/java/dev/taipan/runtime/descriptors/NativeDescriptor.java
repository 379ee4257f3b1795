package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.types.PythonClass;

/**
 * A descriptor the VM makes for a type's storage: {@code __slots__} members, struct-sequence
 * fields and Java-implemented attributes. Python sees {@code __name__}, {@code __objclass__} and
 * CPython's reprs through this view.
 */
public interface NativeDescriptor {
    String getName();

    /** The type that defines the attribute. */
    PythonClass getOwner();
}
