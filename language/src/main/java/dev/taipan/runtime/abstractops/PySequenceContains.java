package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.set.PSet;
import dev.taipan.runtime.types.PythonClass;

/** The {@code in} operator: {@code __contains__}, else iteration with ==. */
public final class PySequenceContains {
    private PySequenceContains() {
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof PList l && l.getExplicitClass() == null) {
            for (int i = 0; i < l.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PTuple t && t.getExplicitClass() == null) {
            for (Object o : t.items()) {
                if (PyObjectRichCompareBool.eqUncached(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PDict d && d.getExplicitClass() == null) {
            return d.getItem(item) != null;
        }
        if (container instanceof PSet s && s.getExplicitClass() == null && !(item instanceof PSet)) {
            return s.storage().contains(item);
        }
        if (container instanceof String s && item instanceof String sub) {
            return s.contains(sub);
        }
        if (container instanceof PRange r && !r.isBig() && item instanceof Long v) {
            return rangeContains(r, v);
        }
        PythonClass type = PyObjectGetClass.get(container);
        Object m = type.lookup("__contains__");
        if (m == PNone.NONE) {
            throw PythonErrors.typeError("'%s' object is not a container", type.getTpName());
        }
        if (m != null) {
            return PyObjectIsTrue.execute(CallDispatch.callMethod(m, container, item));
        }
        Object it;
        try {
            it = PyObjectIter.getIter(container);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            // any TypeError from iter() (no __iter__, __iter__ = None, ...) is reworded, as CPython does
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(dev.taipan.runtime.types.BuiltinType.TYPE_ERROR)) {
                throw PythonErrors.typeError("argument of type '%s' is not iterable", type.getTpName());
            }
            throw e;
        }
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            if (PyObjectRichCompareBool.eqUncached(v, item)) {
                return true;
            }
        }
        return false;
    }

    public static boolean rangeContains(PRange r, long v) {
        if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
            return false;
        }
        return Math.floorMod(IntMath.asLong(v) - r.start, Math.abs(r.step)) == 0;
    }
}
