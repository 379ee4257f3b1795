package dev.taipan.builtins.types;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PPrimitiveObject;

/** Attribute names passed to getattr()/setattr() & co must be str. */
public final class AttributeNames {
    private AttributeNames() {
    }

    public static String check(Object name) {
        if (name instanceof String s) {
            return s;
        }
        String sv = PPrimitiveObject.strValue(name);
        if (sv != null) {
            return sv;
        }
        throw PythonErrors.typeError("attribute name must be string, not '%s'", PyObjectGetClass.typeName(name));
    }
}
