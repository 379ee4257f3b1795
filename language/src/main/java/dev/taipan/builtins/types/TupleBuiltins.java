package dev.taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PArrayIterator;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The methods of {@code tuple}. */
public final class TupleBuiltins {
    private TupleBuiltins() {
    }

    static PTuple self(Object o, String method) {
        if (o instanceof PTuple t) {
            return t;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'tuple' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "iterable"}, required = 1, isStaticmethod = true, checkPositional = "tuple")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object iterable) {
            PythonClass c = (PythonClass) cls;
            Object[] items = iterable == PNone.NO_VALUE ? new Object[0] : SequenceOps.toArray(iterable);
            if (c.isBuiltin() && c.getBuiltinType() == BuiltinType.TUPLE) {
                return iterable instanceof PTuple t && t.getExplicitClass() == null ? t : PTuple.of(items);
            }
            return new PTuple(c, items);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PTuple t = self(self, "__repr__");
            if (t.size() == 1) {
                return SequenceOps.repr(t.items(), 1, "(", ",)", t, "(...)");
            }
            return SequenceOps.repr(t.items(), t.size(), "(", ")", t, "(...)");
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.hashTuple(self(self, "__hash__"));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object key) {
            PTuple t = self(self, "__getitem__");
            if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.compute(s, t.size());
                Object[] out = new Object[si.length()];
                for (int i = 0, j = si.start(); i < out.length; i++, j += si.step()) {
                    out[i] = t.get(j);
                }
                return PTuple.of(out);
            }
            if (!(key instanceof Long) && !(key instanceof Boolean) && PyObjectGetClass.get(key).lookup("__index__") == null) {
                throw PythonErrors.typeError("tuple indices must be integers or slices, not %s", PyObjectGetClass.typeName(key));
            }
            long i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
            if (i < 0) {
                i += t.size();
            }
            if (i < 0 || i >= t.size()) {
                throw PythonErrors.indexError("tuple index out of range");
            }
            return t.get((int) i);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PArrayIterator(self(self, "__iter__").items(), BuiltinType.TUPLE_ITERATOR);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            for (Object o : self(self, "__contains__").items()) {
                if (PyObjectRichCompareBool.eqUncached(o, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start", "stop"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIndex(Object self, Object value, Object start, Object stop) {
            PTuple t = self(self, "index");
            int n = t.size();
            int a = start == PNone.NO_VALUE ? 0 : StrBuiltins.clamp(PyNumberConvert.asSize(start, null), n);
            int b = stop == PNone.NO_VALUE ? n : StrBuiltins.clamp(PyNumberConvert.asSize(stop, null), n);
            for (int i = a; i < b; i++) {
                if (PyObjectRichCompareBool.eqUncached(t.get(i), value)) {
                    return (long) i;
                }
            }
            throw PythonErrors.valueError("tuple.index(x): x not in tuple");
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object self, Object value) {
            long c = 0;
            for (Object o : self(self, "count").items()) {
                if (PyObjectRichCompareBool.eqUncached(o, value)) {
                    c++;
                }
            }
            return c;
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            PTuple a = self(self, op().dunder);
            if (!(other instanceof PTuple b)) {
                return PNotImplemented.INSTANCE;
            }
            return SequenceOps.compare(a.items(), a.size(), b.items(), b.size(), op());
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.EQ;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.NE;
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.LT;
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.LE;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.GT;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.GE;
        }
    }

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAdd(Object self, Object other) {
            PTuple a = self(self, "__add__");
            if (!(other instanceof PTuple b)) {
                throw PythonErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", PyObjectGetClass.typeName(other));
            }
            Object[] out = Arrays.copyOf(a.items(), a.size() + b.size());
            System.arraycopy(b.items(), 0, out, a.size(), b.size());
            return PTuple.of(out);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMul(Object self, Object n) {
            return repeat(self(self, "__mul__"), n);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMul(Object self, Object n) {
            return repeat(self(self, "__rmul__"), n);
        }
    }

    /** {@code t * n}; a tuple (not a subclass) times 1 is itself, as in CPython. */
    static PTuple repeat(PTuple t, Object n) {
        if (t.getExplicitClass() == null && (n instanceof Long l && l == 1 || n instanceof Boolean b && b)) {
            return t;
        }
        return PTuple.of(ListBuiltins.repeat(t.items(), n));
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetNewArgs(Object self) {
            return PTuple.of(PTuple.of(self(self, "__getnewargs__").items()));
        }
    }
}
