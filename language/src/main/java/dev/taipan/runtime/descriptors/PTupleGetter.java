package dev.taipan.runtime.descriptors;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code _collections._tuplegetter(index, doc)}: a namedtuple's field, a data descriptor that
 * reads item {@code index} of the tuple it is read through.
 */
public final class PTupleGetter extends PythonObject {
    private final int index;
    private Object doc;

    public PTupleGetter(PythonClass cls, int index, Object doc) {
        super(cls);
        this.index = index;
        this.doc = doc;
    }

    public int getIndex() {
        return index;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    /** The field's value in {@code obj}, with CPython's errors for a non-tuple or a short tuple. */
    public Object read(Object obj) {
        if (!(obj instanceof PTuple t)) {
            throw PythonErrors.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", index,
                            dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(obj));
        }
        if (index >= t.size()) {
            throw PythonErrors.indexError("tuple index out of range");
        }
        return t.get(index);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TUPLEGETTER;
    }
}
