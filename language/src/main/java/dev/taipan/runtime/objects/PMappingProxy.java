package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/** A read-only view of a mapping ({@code cls.__dict__}). */
public final class PMappingProxy extends PythonObject {
    private final Object mapping;

    public PMappingProxy(Object mapping) {
        this.mapping = mapping;
    }

    public Object getMapping() {
        return mapping;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MAPPINGPROXY;
    }
}
