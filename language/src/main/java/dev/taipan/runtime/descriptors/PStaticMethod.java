package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code staticmethod(f)}: f unbound, from class and instance alike. */
public final class PStaticMethod extends PythonObject {
    private Object callable;

    public PStaticMethod(PythonClass cls, Object callable) {
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
        return BuiltinType.STATICMETHOD;
    }
}
