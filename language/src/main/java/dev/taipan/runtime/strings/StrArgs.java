package dev.taipan.runtime.strings;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;

/**
 * Arguments that must be str, as CPython's argument clinic takes them: a str subclass instance
 * stands for its value; anything else is a TypeError with CPython's message.
 */
public final class StrArgs {
    private StrArgs() {
    }

    /** The value of a str or a str subclass instance, or null for anything else. */
    public static String value(Object o) {
        return o instanceof String s ? s : PPrimitiveObject.strValue(o);
    }

    /** How CPython's argument errors name a wrong argument's type: "None" for None. */
    public static String argTypeName(Object o) {
        return o == PNone.NONE ? "None" : PyObjectGetClass.typeName(o);
    }

    /** "f() argument 'name' must be str, not T". */
    public static String named(Object o, String function, String param) {
        String s = value(o);
        if (s == null) {
            throw PythonErrors.typeError("%s() argument '%s' must be str, not %s", function, param, argTypeName(o));
        }
        return s;
    }

    /** An optional named str argument ({@code encoding}, {@code errors}): {@code dflt} when omitted. */
    public static String named(Object o, String function, String param, String dflt) {
        return o == PNone.NO_VALUE ? dflt : named(o, function, param);
    }

    /** "f() argument N must be str, not T". */
    public static String positional(Object o, String function, int position) {
        String s = value(o);
        if (s == null) {
            throw PythonErrors.typeError("%s() argument %d must be str, not %s", function, position, argTypeName(o));
        }
        return s;
    }
}
