package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/** {@code NotImplemented}: what binary dunder methods return to let the other operand try. */
public final class PNotImplemented extends PythonObject {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.NOT_IMPLEMENTED_TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
