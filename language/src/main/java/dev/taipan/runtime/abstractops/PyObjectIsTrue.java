package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** Truth value testing: {@code __bool__}, then {@code __len__}, else true. */
public final class PyObjectIsTrue {
    private PyObjectIsTrue() {
    }

    public static boolean execute(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o == PNone.NONE) {
            return false;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o instanceof Double d) {
            return d != 0.0;
        }
        return generic(o);
    }

    @TruffleBoundary
    public static boolean generic(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof PList l && l.getExplicitClass() == null) {
            return l.size() != 0;
        }
        if (o instanceof PTuple t && t.getExplicitClass() == null) {
            return t.size() != 0;
        }
        if (o instanceof PDict d && d.getExplicitClass() == null) {
            return d.size() != 0;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object boolMethod = type.lookup("__bool__");
        if (boolMethod == PNone.NONE) {
            throw noneNotCallable();   // __bool__ = None blocks the __len__ fallback; CPython calls it
        }
        if (boolMethod != null) {
            Object r = CallDispatch.callMethod(boolMethod, o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PythonErrors.typeError("__bool__ should return bool, returned %s", PyObjectGetClass.typeName(r));
        }
        Object lenMethod = type.lookup("__len__");
        if (lenMethod == PNone.NONE) {
            throw noneNotCallable();
        }
        if (lenMethod != null) {
            return PyObjectSize.checkLenResult(CallDispatch.callMethod(lenMethod, o)) != 0;
        }
        return true;
    }

    /** What calling a special method set to None raises. */
    static PException noneNotCallable() {
        return PythonErrors.typeError("'NoneType' object is not callable");
    }
}
