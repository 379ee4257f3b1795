package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.set.PSet;

/** Tuple, list, set and dict displays, including the starred forms. */
final class Builders {
    private Builders() {
    }

    static PTuple tuple(Object[] items) {
        return items.length == 0 ? PTuple.EMPTY : new PTuple(items);
    }

    @TruffleBoundary
    static PSet set(Object[] items) {
        PSet s = new PSet(false);
        for (Object item : items) {
            s.storage().add(item);
        }
        return s;
    }

    @TruffleBoundary
    static void setAdd(Object set, Object item) {
        ((PSet) set).storage().add(item);
    }

    @TruffleBoundary
    static PDict dict(Object[] keysAndValues) {
        PDict d = new PDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            d.setItem(keysAndValues[i], keysAndValues[i + 1]);
        }
        return d;
    }

    /** kind: 0 tuple, 1 list, 2 set. */
    @TruffleBoundary
    static Object unpacking(int kind, boolean[] starred, Object[] items) {
        if (kind == 2) {
            PSet s = new PSet(false);
            for (int i = 0; i < items.length; i++) {
                if (starred[i]) {
                    Object it = PyObjectIter.getIter(items[i]);
                    for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                        s.storage().add(v);
                    }
                } else {
                    s.storage().add(items[i]);
                }
            }
            return s;
        }
        PList list = new PList();
        for (int i = 0; i < items.length; i++) {
            if (starred[i]) {
                extend(list, items[i]);
            } else {
                list.append(items[i]);
            }
        }
        return kind == 0 ? tuple(list.toArray()) : list;
    }

    @TruffleBoundary
    static void extend(PList list, Object iterable) {
        if (iterable instanceof PList l) {
            Object[] a = l.toArray();
            for (Object o : a) {
                list.append(o);
            }
            return;
        }
        if (iterable instanceof PTuple t) {
            for (Object o : t.items()) {
                list.append(o);
            }
            return;
        }
        Object it;
        try {
            it = PyObjectIter.getIter(iterable);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(dev.taipan.runtime.types.BuiltinType.TYPE_ERROR)) {
                throw PythonErrors.typeError("Value after * must be an iterable, not %s", PyObjectGetClass.typeName(iterable));
            }
            throw e;
        }
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            list.append(v);
        }
    }

    /** A dict display with {@code **m}: a NO_VALUE key means "merge the mapping in the value slot". */
    @TruffleBoundary
    static PDict dictUnpacking(Object[] keysAndValues) {
        PDict d = new PDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i] == PNone.NO_VALUE) {
                merge(d, keysAndValues[i + 1]);
            } else {
                d.setItem(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return d;
    }

    @TruffleBoundary
    static void merge(PDict target, Object mapping) {
        if (mapping instanceof PDict src) {
            DictStorage s = src.storage();
            for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                target.setItem(s.keyAt(i), s.valueAt(i));
            }
            return;
        }
        Object keys = GenericAttributes.lookupAttribute(mapping, "keys");
        if (keys == null) {
            throw PythonErrors.typeError("'%s' object is not a mapping", PyObjectGetClass.typeName(mapping));
        }
        Object it = PyObjectIter.getIter(CallDispatch.call(keys));
        for (Object k = PyObjectIter.next(it); k != null; k = PyObjectIter.next(it)) {
            target.setItem(k, PyObjectItems.getItem(mapping, k));
        }
    }
}
