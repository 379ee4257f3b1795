package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code tuple}: an immutable Object[] (never modified after construction). */
public final class PTuple extends PythonObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public PTuple(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public static PTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PTuple(items);
    }

    /** The backing array: callers must not modify it. */
    public Object[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TUPLE;
    }
}
