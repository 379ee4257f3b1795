package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PPrimitiveObject;

/** {@code format(value, spec)}: {@code type(value).__format__(value, spec)}. */
public final class PyObjectFormat {
    private PyObjectFormat() {
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s && spec.isEmpty()) {
            return s;
        }
        // float.__format__ and int.__format__ without the method dispatch
        if (value instanceof Double d && !spec.isEmpty()) {
            return dev.taipan.runtime.format.FloatFormatter.format(d, spec, "float");
        }
        if (value instanceof Long l) {
            return spec.isEmpty() ? Long.toString(l) : dev.taipan.runtime.format.IntFormatter.format(java.math.BigInteger.valueOf(l), spec, "int");
        }
        Object m = PyObjectGetClass.get(value).lookup("__format__");
        if (m == null) {
            throw PythonErrors.typeError("Type %s doesn't define __format__", PyObjectGetClass.typeName(value));
        }
        Object r = CallDispatch.callMethod(m, value, spec);
        if (r instanceof String s) {
            return s;
        }
        String sv = PPrimitiveObject.strValue(r);
        if (sv != null) {
            return sv;
        }
        throw PythonErrors.typeError("__format__ must return a str, not %s", PyObjectGetClass.typeName(r));
    }
}
