package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** A {@code __slots__} entry: stores the value in the instance's shape under a hidden key. */
public final class PMemberDescriptor extends PythonObject implements NativeDescriptor {
    private final String name;
    private final PythonClass owner;
    private final HiddenKey key;

    public PMemberDescriptor(String name, PythonClass owner) {
        this.name = name;
        this.owner = owner;
        this.key = new HiddenKey(name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public PythonClass getOwner() {
        return owner;
    }

    public HiddenKey getKey() {
        return key;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MEMBER_DESCRIPTOR;
    }
}
