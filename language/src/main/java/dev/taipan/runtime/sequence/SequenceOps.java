package dev.taipan.runtime.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectLengthHint;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Shared algorithms of list and tuple: comparison, repr, materialising iterables. */
public final class SequenceOps {
    private SequenceOps() {
    }

    private static final ThreadLocal<Set<Object>> REPR_ACTIVE = ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Guards repr of self-containing containers: returns false if obj is already being repr'd. */
    public static boolean enterRepr(Object obj) {
        return REPR_ACTIVE.get().add(obj);
    }

    public static void leaveRepr(Object obj) {
        REPR_ACTIVE.get().remove(obj);
    }

    @TruffleBoundary
    public static String repr(Object[] items, int n, String open, String close, Object self, String recursion) {
        if (!enterRepr(self)) {
            return recursion;
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(PyObjectStr.repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            leaveRepr(self);
        }
    }

    /** Lexicographic rich comparison of two sequences (CPython's list_richcompare). */
    @TruffleBoundary
    public static Object compare(Object[] a, int na, Object[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return op == CompareOp.NE;
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!PyObjectRichCompareBool.eqUncached(a[i], b[i])) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return op.test(Integer.compare(na, nb));
        }
        if (op == CompareOp.EQ) {
            return false;
        }
        if (op == CompareOp.NE) {
            return true;
        }
        return PyObjectRichCompare.compare(a[i], b[i], op);
    }

    /** The items of any iterable as an array (fast for list and tuple, not subclasses: they may override __iter__). */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l && l.getExplicitClass() == null) {
            return l.toArray();
        }
        if (iterable instanceof PTuple t && t.getExplicitClass() == null) {
            return t.items();
        }
        PyObjectLengthHint.beforeCollecting(iterable, 0);
        List<Object> out = new ArrayList<>();
        Object it = PyObjectIter.getIter(iterable);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            out.add(v);
        }
        return out.toArray();
    }

    /**
     * The count of {@code seq * n} for a sequence of {@code length} items: 0 for n <= 0, else n,
     * when the result fits a Java array. Beyond that CPython's errors: an OverflowError with
     * {@code tooLong} (str and bytes) when the size passes sys.maxsize, else MemoryError.
     */
    @TruffleBoundary
    public static int repeatCount(int length, Object n, String tooLong) {
        if (!PyNumberConvert.hasIndex(n)) {
            throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", PyObjectGetClass.typeName(n));
        }
        long count = PyNumberConvert.asSize(n, BuiltinType.OVERFLOW_ERROR);
        if (count <= 0 || length == 0) {
            return 0;
        }
        if (tooLong != null && count > Long.MAX_VALUE / length) {
            throw PythonErrors.overflowError("%s", tooLong);
        }
        if (count > (Integer.MAX_VALUE - 16) / length) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        return (int) count;
    }
}
