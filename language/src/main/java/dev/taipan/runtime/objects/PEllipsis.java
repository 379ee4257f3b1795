package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/** {@code Ellipsis} ({@code ...}). */
public final class PEllipsis extends PythonObject {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
