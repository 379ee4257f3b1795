package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s type ({@code objType}). For {@code super(type, cls)} with a class second
 * argument, obj is that class and objType is it too.
 */
public final class PSuper extends PythonObject {
    private PythonClass type;
    private Object obj;
    private PythonClass objType;

    public PSuper(PythonClass cls) {
        super(cls);
    }

    public void init(PythonClass startType, Object instance, PythonClass instanceType) {
        this.type = startType;
        this.obj = instance;
        this.objType = instanceType;
    }

    public PythonClass getType() {
        return type;
    }

    /** The bound object, or null for an unbound super. */
    public Object getObj() {
        return obj;
    }

    public PythonClass getObjType() {
        return objType;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SUPER;
    }
}
