package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code property(fget, fset, fdel, doc)}: always a data descriptor. */
public final class PProperty extends PythonObject {
    private Object fget = PNone.NONE;
    private Object fset = PNone.NONE;
    private Object fdel = PNone.NONE;
    private Object doc = PNone.NONE;
    /** The doc came from the getter: getter() and friends then take the new getter's doc. */
    private boolean getterDoc;
    /** Set by {@code __set_name__}; used in error messages. */
    private Object name = PNone.NONE;

    public PProperty(PythonClass cls) {
        super(cls);
    }

    public Object getFget() {
        return fget;
    }

    public Object getFset() {
        return fset;
    }

    public Object getFdel() {
        return fdel;
    }

    public Object getDoc() {
        return doc;
    }

    public Object getName() {
        return name;
    }

    public void setName(Object name) {
        this.name = name;
    }

    public boolean isGetterDoc() {
        return getterDoc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public void init(Object getter, Object setter, Object deleter, Object docValue, boolean docFromGetter) {
        this.fget = getter;
        this.fset = setter;
        this.fdel = deleter;
        this.doc = docValue;
        this.getterDoc = docFromGetter;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.PROPERTY;
    }
}
