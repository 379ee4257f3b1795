package dev.taipan.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Sequence unpacking for assignments: {@code a, b = x} and {@code a, *b, c = x}. */
final class Unpacking {
    private Unpacking() {
    }

    static Object[] unpack(Object value, int count) {
        if (value instanceof PTuple t && t.getExplicitClass() == null && t.size() == count) {
            return t.items();
        }
        if (value instanceof PList l && l.getExplicitClass() == null && l.size() == count) {
            return l.toArray();
        }
        return unpackGeneric(value, count);
    }

    @TruffleBoundary
    private static Object[] unpackGeneric(Object value, int count) {
        Object it = iter(value);
        Object[] out = new Object[count];
        for (int i = 0; i < count; i++) {
            Object v = PyObjectIter.next(it);
            if (v == null) {
                throw PythonErrors.valueError("not enough values to unpack (expected %d, got %d)", count, i);
            }
            out[i] = v;
        }
        if (PyObjectIter.next(it) != null) {
            throw PythonErrors.valueError("too many values to unpack (expected %d)", count);
        }
        return out;
    }

    private static Object iter(Object value) {
        try {
            return PyObjectIter.getIter(value);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR) && PyObjectGetClass.get(value).lookup("__iter__") == null &&
                            PyObjectGetClass.get(value).lookup("__getitem__") == null) {
                throw PythonErrors.typeError("cannot unpack non-iterable %s object", PyObjectGetClass.typeName(value));
            }
            throw e;
        }
    }

    @TruffleBoundary
    static Object[] unpackStarred(Object value, int before, int after) {
        Object it = iter(value);
        List<Object> all = new ArrayList<>();
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            all.add(v);
        }
        if (all.size() < before + after) {
            throw PythonErrors.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, all.size());
        }
        Object[] out = new Object[before + 1 + after];
        for (int i = 0; i < before; i++) {
            out[i] = all.get(i);
        }
        int middleEnd = all.size() - after;
        out[before] = new PList(all.subList(before, middleEnd).toArray());
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = all.get(middleEnd + i);
        }
        return out;
    }
}
