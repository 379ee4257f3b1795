package dev.taipan.builtins.types;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.strings.StrArgs;

/** Attribute names passed to getattr()/setattr() & co must be str. */
public final class AttributeNames {
    private AttributeNames() {
    }

    public static String check(Object name) {
        String s = StrArgs.value(name);
        if (s != null) {
            return s;
        }
        throw PythonErrors.typeError("attribute name must be string, not '%s'", PyObjectGetClass.typeName(name));
    }
}
