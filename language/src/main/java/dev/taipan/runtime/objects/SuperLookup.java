package dev.taipan.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.types.PythonClass;

/** {@code super.__getattribute__}: CPython's super_getattro. */
public final class SuperLookup {
    private SuperLookup() {
    }

    /** The attribute, or null when not found. */
    @TruffleBoundary
    public static Object getAttribute(Object self, String name) {
        PSuper sup = (PSuper) self;
        PythonClass startType = sup.getObjType();
        if (startType != null && !name.equals("__class__")) {
            Object descr = findAfter(startType, sup.getType(), name);
            if (descr != null) {
                Object inst = sup.getObj() == startType ? null : sup.getObj();
                return Descriptors.get(descr, inst, startType);
            }
        }
        return GenericAttributes.objectGetAttribute(sup, PyObjectGetClass.get(sup), name);
    }

    /** The attribute (unbound) in the MRO of {@code startType} after {@code type}, or null. */
    @TruffleBoundary
    public static Object findAfter(PythonClass startType, Object type, String name) {
        PythonClass[] mro = startType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object descr = mro[i].getOwnAttribute(name);
            if (descr != null) {
                return descr;
            }
        }
        return null;
    }
}
