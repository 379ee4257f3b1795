package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/** {@code types.UnionType}: {@code int | str}. */
public final class PUnionType extends PythonObject {
    private final PTuple args;
    private PTuple parameters;

    public PUnionType(PTuple args) {
        this.args = args;
    }

    public PTuple args() {
        return args;
    }

    public PTuple parameters() {
        return parameters;
    }

    public void setParameters(PTuple parameters) {
        this.parameters = parameters;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.UNION_TYPE;
    }
}
