package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code classmethod(f)}: binds f to the class. */
public final class PClassMethod extends PythonObject {
    private Object callable;

    public PClassMethod(PythonClass cls, Object callable) {
        super(cls);
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CLASSMETHOD;
    }
}
