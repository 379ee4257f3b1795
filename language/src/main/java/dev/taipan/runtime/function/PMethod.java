package dev.taipan.runtime.function;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** A bound method: a callable bound to {@code __self__}; calls prepend it. */
public final class PMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.METHOD;
    }
}
