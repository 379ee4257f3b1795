package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** Subscription: {@code obj[key]}, {@code obj[key] = v}, {@code del obj[key]}. */
public final class PyObjectItems {
    private PyObjectItems() {
    }

    @TruffleBoundary
    public static Object getItem(Object o, Object key) {
        if (key instanceof Long idx) {
            if (o instanceof PList l && l.getExplicitClass() == null) {
                return l.get(normalizeIndex(idx, l.size(), "list index out of range"));
            } else if (o instanceof PTuple t && t.getExplicitClass() == null) {
                return t.get(normalizeIndex(idx, t.size(), "tuple index out of range"));
            } else if (o instanceof dev.taipan.runtime.objects.PBytes b && b.getExplicitClass() == null) {
                return (long) (b.bytes()[normalizeIndex(idx, b.size(), "index out of range")] & 0xff);
            }
        }
        if (o instanceof PDict d && d.getExplicitClass() == null) {
            Object v = d.getItem(key);
            if (v == null) {
                throw PythonErrors.keyError(key);
            }
            return v;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__getitem__");
        if (m != null && m != PNone.NONE) {
            return CallDispatch.callMethod(m, o, key);
        }
        if (o instanceof PythonClass cls) {
            Object cg = GenericAttributes.typeGetAttribute(cls, "__class_getitem__");
            if (cg != null) {
                return CallDispatch.call(cg, key);
            }
            // type[int]: type itself is generic, without a __class_getitem__ its instances would inherit
            if (cls.isBuiltin() && cls.getBuiltinType() == dev.taipan.runtime.types.BuiltinType.TYPE) {
                return dev.taipan.runtime.typing.Generics.alias(cls, key);
            }
            throw PythonErrors.typeError("type '%s' is not subscriptable", cls.getName());
        }
        throw PythonErrors.typeError("'%s' object is not subscriptable", type.getTpName());
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value) {
        if (key instanceof Long idx && o instanceof PList l && l.getExplicitClass() == null) {
            l.set(normalizeIndex(idx, l.size(), "list assignment index out of range"), value);
            return;
        }
        if (o instanceof PDict d && d.getExplicitClass() == null) {
            d.setItem(key, value);
            return;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__setitem__");
        if (m == null || m == PNone.NONE) {
            throw PythonErrors.typeError("'%s' object does not support item assignment", type.getTpName());
        }
        CallDispatch.callMethod(m, o, key, value);
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key) {
        if (o instanceof PDict d && d.getExplicitClass() == null) {
            if (d.removeItem(key) == null) {
                throw PythonErrors.keyError(key);
            }
            return;
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__delitem__");
        if (m == null || m == PNone.NONE) {
            throw PythonErrors.typeError("'%s' object doesn't support item deletion", type.getTpName());
        }
        CallDispatch.callMethod(m, o, key);
    }

    /** A Python index (negative counts from the end) checked against len. */
    public static int normalizeIndex(long idx, int len, String message) {
        long i = idx < 0 ? idx + len : idx;
        if (i < 0 || i >= len) {
            throw PythonErrors.indexError(message);
        }
        return (int) i;
    }
}
