package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * An instance of a user subclass of int, float or str ({@code class Celsius(float)}): the
 * primitive value (Long/BigInteger/Boolean-free int, Double, String) plus the usual instance
 * attributes.
 */
public final class PPrimitiveObject extends PythonObject {
    private final Object value;
    private final BuiltinType base;

    public PPrimitiveObject(PythonClass cls, BuiltinType base, Object value) {
        super(cls);
        this.base = base;
        this.value = value;
    }

    public Object getValue() {
        return value;
    }

    @Override
    public BuiltinType builtinType() {
        return base;
    }

    /** The int value if o is an int-subclass instance, else null. */
    public static Object intValue(Object o) {
        return o instanceof PPrimitiveObject p && p.base == BuiltinType.INT ? p.value : null;
    }

    /** The float value (a Double) if o is a float-subclass instance, else null. */
    public static Object floatValue(Object o) {
        return o instanceof PPrimitiveObject p && p.base == BuiltinType.FLOAT ? p.value : null;
    }

    /** The str value if o is a str-subclass instance, else null. */
    public static String strValue(Object o) {
        return o instanceof PPrimitiveObject p && p.base == BuiltinType.STR ? (String) p.value : null;
    }
}
