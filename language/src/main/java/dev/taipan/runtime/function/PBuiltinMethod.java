package dev.taipan.runtime.function;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** A builtin method bound to its receiver ({@code [].append}): calls prepend {@code self}. */
public final class PBuiltinMethod extends PythonObject {
    private final Object self;
    private final PBuiltinFunction function;

    public PBuiltinMethod(Object self, PBuiltinFunction function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public PBuiltinFunction getFunction() {
        return function;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.BUILTIN_FUNCTION;
    }
}
