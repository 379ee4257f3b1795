package dev.taipan.runtime.set;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code set} and {@code frozenset} (same storage; frozen ones are never mutated after creation). */
public final class PSet extends PythonObject {
    private SetStorage storage;
    private final boolean frozen;

    public PSet(boolean frozen) {
        this.storage = new SetStorage();
        this.frozen = frozen;
    }

    public PSet(PythonClass cls, boolean frozen) {
        super(cls);
        this.storage = new SetStorage();
        this.frozen = frozen;
    }

    public PSet(SetStorage storage, boolean frozen) {
        this.storage = storage;
        this.frozen = frozen;
    }

    public SetStorage storage() {
        return storage;
    }

    public void setStorage(SetStorage storage) {
        this.storage = storage;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return storage.size();
    }

    @Override
    public BuiltinType builtinType() {
        return frozen ? BuiltinType.FROZENSET : BuiltinType.SET;
    }
}
