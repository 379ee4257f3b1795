package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.PythonClass;

/** {@code str(obj)} and {@code repr(obj)}, with direct paths for the primitive types. */
public final class PyObjectStr {
    private PyObjectStr() {
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof Long l) {
            return Long.toString(l);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (o == PNone.NONE) {
            return "None";
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__str__");
        return checkString(CallDispatch.callMethod(m, o), "__str__");
    }

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return StringOps.repr(s);
        } else if (o instanceof Long l) {
            return Long.toString(l);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (o == PNone.NONE) {
            return "None";
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__repr__");
        // a deeply nested container's repr recurses through Java: count it toward the limit
        ThreadState state = ThreadState.get(null);
        state.enterNested(" while getting the repr of an object");
        try {
            return checkString(CallDispatch.callMethod(m, o), "__repr__");
        } finally {
            state.exitNested();
        }
    }

    /** {@code ascii(obj)}. */
    @TruffleBoundary
    public static String ascii(Object o) {
        return escapeNonAscii(repr(o));
    }

    private static String escapeNonAscii(String r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length();) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    private static String checkString(Object r, String method) {
        if (r instanceof String s) {
            return s;
        }
        String sv = PPrimitiveObject.strValue(r);
        if (sv != null) {
            return sv;
        }
        throw PythonErrors.typeError("%s returned non-string (type %s)", method, PyObjectGetClass.typeName(r));
    }
}
