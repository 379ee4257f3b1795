package dev.taipan.builtins.types;

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
import dev.taipan.runtime.iterators.PRangeIterator;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PRange;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.types.BuiltinType;

/** {@code range}: O(1) length, containment and indexing over long bounds. */
public final class RangeBuiltins {
    private RangeBuiltins() {
    }

    static PRange self(Object o) {
        if (o instanceof PRange r) {
            return r;
        }
        throw PythonErrors.typeError("descriptor requires a 'range' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long bound(Object o) {
        if (!(o instanceof Long) && !(o instanceof Boolean) && !(o instanceof java.math.BigInteger) && PyObjectGetClass.get(o).lookup("__index__") == null) {
            throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(o));
        }
        Object v = PyNumberConvert.index(o);
        if (!(v instanceof Long l)) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return l;
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop", "step"}, required = 2, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object a, Object b, Object c) {
            if (b == PNone.NO_VALUE) {
                return new PRange(0, bound(a), 1);
            }
            long step = c == PNone.NO_VALUE ? 1 : bound(c);
            if (step == 0) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return new PRange(bound(a), bound(b), step);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PRange r = self(self);
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            PRange r = self(self);
            if (r.length < 0) {
                throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            return r.length;
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            return self(self).length != 0;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            PRange r = self(self);
            return new PRangeIterator(r.start, r.step, r.length);
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReversed(Object self) {
            PRange r = self(self);
            return new PRangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            PRange r = self(self);
            if (value instanceof Long l) {
                return PySequenceContains.rangeContains(r, l);
            }
            if (value instanceof Boolean b) {
                return PySequenceContains.rangeContains(r, b ? 1 : 0);
            }
            for (long i = 0; i < r.length; i++) {
                if (PyObjectRichCompareBool.eqUncached(r.item(i), value)) {
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
                SliceIndices si = SliceIndices.compute(s, (int) Math.min(r.length, Integer.MAX_VALUE));
                long start = r.item(si.start());
                long step = r.step * si.step();
                return new PRange(start, start + si.length() * step, step);
            }
            long i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw PythonErrors.indexError("range object index out of range");
            }
            return r.item(i);
        }
    }

    @Builtin(name = "index", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIndex(Object self, Object value) {
            PRange r = self(self);
            if (value instanceof Long l && PySequenceContains.rangeContains(r, l)) {
                return (l - r.start) / r.step;
            }
            throw PythonErrors.valueError("%s is not in range", dev.taipan.runtime.abstractops.PyObjectStr.repr(value));
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCount(Object self, Object value) {
            return value instanceof Long l && PySequenceContains.rangeContains(self(self), l) ? 1L : 0L;
        }
    }

    /** start, stop, step. */
    @Builtin(name = "start", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStart(Object self, Object value) {
            return self(self).start;
        }
    }

    @Builtin(name = "stop", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StopNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStop(Object self, Object value) {
            return self(self).stop;
        }
    }

    @Builtin(name = "step", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StepNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStep(Object self, Object value) {
            return self(self).step;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PRange b)) {
                return PNotImplemented.INSTANCE;
            }
            PRange a = self(self);
            if (a.length != b.length) {
                return false;
            }
            if (a.length == 0) {
                return true;
            }
            return a.start == b.start && (a.length == 1 || a.step == b.step);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PRange r = self(self);
            Object[] key = r.length == 0 ? new Object[]{0L, PNone.NONE, PNone.NONE} : r.length == 1 ? new Object[]{1L, r.start, PNone.NONE} : new Object[]{r.length, r.start, r.step};
            return PyObjectHash.hashSequence(key);
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PRange r = self(self);
            return PTuple.of(PyObjectGetClass.get(r), PTuple.of(r.start, r.stop, r.step));
        }
    }
}
