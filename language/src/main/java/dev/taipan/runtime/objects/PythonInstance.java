package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** An instance of a user class whose layout is plain {@code object}: all its state is in the shape. */
public final class PythonInstance extends PythonObject {
    public PythonInstance(PythonClass cls) {
        super(cls);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.OBJECT;
    }
}
