package dev.taipan.runtime.struct;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** A {@code struct.Struct}: a compiled format. */
public final class PStruct extends PythonObject {
    private StructLayout layout;

    public PStruct(PythonClass cls, StructLayout layout) {
        super(cls);
        this.layout = layout;
    }

    public StructLayout layout() {
        return layout;
    }

    public void setLayout(StructLayout layout) {
        this.layout = layout;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.STRUCT;
    }
}
