package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code None}, plus {@link #NO_VALUE}: an internal marker (never visible to Python code) for
 * "argument not given" and "attribute not found".
 */
public final class PNone extends PythonObject {
    public static final PNone NONE = new PNone();
    public static final PNone NO_VALUE = new PNone();

    private PNone() {
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.NONE_TYPE;
    }

    @Override
    public String toString() {
        return this == NONE ? "None" : "<no value>";
    }
}
