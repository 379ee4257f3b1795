package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code len(obj)}. */
public final class PyObjectSize {
    private PyObjectSize() {
    }

    @TruffleBoundary
    public static long execute(Object o) {
        if (o instanceof String s) {
            return StringOps.codePointLength(s);
        } else if (o instanceof PythonObject po && po.getExplicitClass() == null) {
            if (po instanceof PList l) {
                return l.size();
            } else if (po instanceof PTuple t) {
                return t.size();
            } else if (po instanceof PDict d) {
                return d.size();
            } else if (po instanceof PBytes b) {
                return b.size();
            } else if (po instanceof dev.taipan.runtime.objects.PByteArray b) {
                return b.length();
            }
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object len = type.lookup("__len__");
        if (len == dev.taipan.runtime.objects.PNone.NONE) {
            throw PyObjectIsTrue.noneNotCallable();
        }
        if (len == null) {
            throw PythonErrors.typeError("object of type '%s' has no len()", type.getName());
        }
        return checkLenResult(CallDispatch.callMethod(len, o));
    }

    /** Validates what {@code __len__} returned (an int >= 0 that fits an index). */
    @TruffleBoundary
    public static long checkLenResult(Object r) {
        Object i;
        if (r instanceof Long || r instanceof Boolean || r instanceof BigInteger) {
            i = r;
        } else if (r instanceof PythonObject po && PyObjectGetClass.get(po).isSubtypeOfBuiltin(BuiltinType.INT)) {
            i = PyNumberConvert.index(po);
        } else {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(r));
        }
        if (i instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PythonErrors.valueError("__len__() should return >= 0");
            }
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = i instanceof Boolean b ? (b ? 1 : 0) : (Long) i;
        if (n < 0) {
            throw PythonErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }
}
