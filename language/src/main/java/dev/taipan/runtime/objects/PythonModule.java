package dev.taipan.runtime.objects;

import dev.taipan.runtime.dict.AttributesStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A module. Its namespace is its own shape-based attributes; {@link #getDict()} is the dict
 * view of them, which is also what the module's functions use as their globals.
 */
public final class PythonModule extends PythonObject {
    private final PDict dict;

    public PythonModule(String name) {
        this(null, name);
    }

    public PythonModule(PythonClass cls, String name) {
        super(cls);
        this.dict = new PDict(new AttributesStorage(this));
        dict.setString("__name__", name);
        dict.setString("__doc__", PNone.NONE);
        dict.setString("__package__", PNone.NONE);
        dict.setString("__loader__", PNone.NONE);
        dict.setString("__spec__", PNone.NONE);
    }

    public PDict getDict() {
        return dict;
    }

    public String getName() {
        Object n = dict.getString("__name__");
        return n instanceof String s ? s : "?";
    }

    public Object getAttribute(String name) {
        return dict.getString(name);
    }

    public void setAttribute(String name, Object value) {
        dict.setString(name, value);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.MODULE;
    }

    @Override
    public String toString() {
        return "<module '" + getName() + "'>";
    }
}
