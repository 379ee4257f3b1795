package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code types.GenericAlias}: a parameterised generic such as {@code list[int]}. */
public final class PGenericAlias extends PythonObject {
    private final Object origin;
    private final PTuple args;
    private final boolean starred;
    private PTuple parameters;

    public PGenericAlias(PythonClass cls, Object origin, PTuple args, boolean starred) {
        super(cls);
        this.origin = origin;
        this.args = args;
        this.starred = starred;
    }

    public Object origin() {
        return origin;
    }

    public PTuple args() {
        return args;
    }

    /** {@code *tuple[int, ...]}: the unpacked form. */
    public boolean isStarred() {
        return starred;
    }

    public PTuple parameters() {
        return parameters;
    }

    public void setParameters(PTuple parameters) {
        this.parameters = parameters;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.GENERIC_ALIAS;
    }
}
