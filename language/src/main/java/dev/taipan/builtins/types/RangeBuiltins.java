package dev.taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PySequenceContains;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.BigSliceIndices;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.types.BuiltinType;

/** {@code range}: O(1) length, containment and indexing, over long bounds fast and any ints slowly. */
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static PRange self(Object o) {
        if (o instanceof PRange r) {
            return r;
        }
        throw PythonErrors.typeError("descriptor requires a 'range' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    /** A range argument: any int or object with __index__ (CPython's message otherwise). */
    static Object bound(Object o) {
        if (!(o instanceof Long) && !(o instanceof Boolean) && !(o instanceof BigInteger) && PyObjectGetClass.get(o).lookup("__index__") == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(o));
        }
        return PyNumberConvert.index(o);
    }

    static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    @TruffleBoundary
    static PRange make(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            return new PRange(a, b, c);
        }
        return PRange.of(IntMath.big(start), IntMath.big(stop), IntMath.big(step));
    }

    /** Whether the int v is an element (CPython's range_contains_long). */
    @TruffleBoundary
    static boolean containsInt(PRange r, Object v) {
        if (!r.isBig() && v instanceof Long l) {
            return PySequenceContains.rangeContains(r, l);
        }
        return indexOfInt(r, IntMath.big(v)) != null;
    }

    /** The position of the int v, or null when it is not an element. */
    @TruffleBoundary
    static BigInteger indexOfInt(PRange r, BigInteger v) {
        BigInteger start = r.bigStart();
        BigInteger stop = r.bigStop();
        BigInteger step = r.bigStep();
        boolean inBounds = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0 : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        if (!inBounds) {
            return null;
        }
        BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop", "step"}, required = 2, isStaticmethod = true, checkPositional = "range")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object a, Object b, Object c) {
            if (b == PNone.NO_VALUE) {
                return make(0L, bound(a), 1L);
            }
            Object step = c == PNone.NO_VALUE ? 1L : bound(c);
            if (step instanceof Long l && l == 0 || step instanceof Boolean bo && !bo) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return make(bound(a), bound(b), step);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PRange r = self(self);
            String head = "range(" + r.startObject() + ", " + r.stopObject();
            return r.bigStep().equals(BigInteger.ONE) ? head + ")" : head + ", " + r.stepObject() + ")";
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            PRange r = self(self);
            Object n = r.lengthObject();
            if (!(n instanceof Long)) {
                throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            return n;
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            PRange r = self(self);
            return r.isBig() ? r.bigLength().signum() != 0 : r.length != 0;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return self(self).iterator();
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReversed(Object self) {
            return self(self).reverseIterator();
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            PRange r = self(self);
            if (isExactInt(value)) {
                return containsInt(r, value);
            }
            Object it = r.iterator();
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                if (PyObjectRichCompareBool.eqUncached(v, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object key) {
            PRange r = self(self);
            if (key instanceof PSlice s) {
                if (!r.isBig() && r.length <= Integer.MAX_VALUE) {
                    SliceIndices si = SliceIndices.compute(s, (int) r.length);
                    long start = r.item(si.start());
                    long step = r.step * si.step();
                    return new PRange(start, start + si.length() * step, step);
                }
                BigSliceIndices si = BigSliceIndices.compute(s, r.bigLength());
                BigInteger step = r.bigStep().multiply(si.step());
                return PRange.of(r.bigItem(si.start()), r.bigItem(si.stop()), step);
            }
            if (!isExactInt(key) && PyObjectGetClass.get(key).lookup("__index__") == null) {
                throw PythonErrors.typeError("range indices must be integers or slices, not %s", PyObjectGetClass.typeName(key));
            }
            Object index = PyNumberConvert.index(key);
            if (!r.isBig() && index instanceof Long l) {
                long i = l < 0 ? l + r.length : l;
                if (i < 0 || i >= r.length) {
                    throw PythonErrors.indexError("range object index out of range");
                }
                return r.item(i);
            }
            BigInteger i = IntMath.big(index);
            BigInteger n = r.bigLength();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw PythonErrors.indexError("range object index out of range");
            }
            return IntMath.normalize(r.bigItem(i));
        }
    }

    @Builtin(name = "index", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIndex(Object self, Object value) {
            PRange r = self(self);
            if (isExactInt(value)) {
                BigInteger i = indexOfInt(r, IntMath.big(value));
                if (i == null) {
                    throw PythonErrors.valueError("%s is not in range", PyObjectStr.repr(value));
                }
                return IntMath.normalize(i);
            }
            Object it = r.iterator();
            long i = 0;
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it), i++) {
                if (PyObjectRichCompareBool.eqUncached(v, value)) {
                    return i;
                }
            }
            throw PythonErrors.valueError("sequence.index(x): x not in sequence");
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object self, Object value) {
            PRange r = self(self);
            if (isExactInt(value)) {
                return containsInt(r, value) ? 1L : 0L;
            }
            Object it = r.iterator();
            long n = 0;
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                if (PyObjectRichCompareBool.eqUncached(v, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "start", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStart(Object self, Object value) {
            return self(self).startObject();
        }
    }

    @Builtin(name = "stop", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StopNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStop(Object self, Object value) {
            return self(self).stopObject();
        }
    }

    @Builtin(name = "step", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StepNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStep(Object self, Object value) {
            return self(self).stepObject();
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PRange b)) {
                return PNotImplemented.INSTANCE;
            }
            PRange a = self(self);
            BigInteger n = a.bigLength();
            if (!n.equals(b.bigLength())) {
                return false;
            }
            if (n.signum() == 0) {
                return true;
            }
            return a.bigStart().equals(b.bigStart()) && (n.equals(BigInteger.ONE) || a.bigStep().equals(b.bigStep()));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHash(Object self) {
            PRange r = self(self);
            BigInteger n = r.bigLength();
            Object[] key = n.signum() == 0 ? new Object[]{0L, PNone.NONE, PNone.NONE}
                            : n.equals(BigInteger.ONE) ? new Object[]{1L, r.startObject(), PNone.NONE} : new Object[]{r.lengthObject(), r.startObject(), r.stepObject()};
            return PyObjectHash.hashSequence(key);
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PRange r = self(self);
            return PTuple.of(PyObjectGetClass.get(r), PTuple.of(r.startObject(), r.stopObject(), r.stepObject()));
        }
    }
}
