package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.array.ArrayOps;
import dev.taipan.runtime.array.PArray;
import dev.taipan.runtime.array.PArrayIterator;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code array.array}: construction, the sequence protocol, operators and comparisons. */
public final class ArrayBuiltins {
    private ArrayBuiltins() {
    }

    static PArray self(Object o, String method) {
        if (o instanceof PArray a) {
            return a;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'array.array' object but received a '%s'", method, PyObjectGetClass.typeName(o));
    }

    /** An item index: any __index__ object; "array indices must be integers" otherwise. */
    static long index(Object key) {
        if (!(key instanceof Long) && !(key instanceof Boolean) && PyObjectGetClass.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("array indices must be integers");
        }
        return PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object argsObj, Object kwargs) {
            PythonClass cls = (PythonClass) clsObj;
            if (kwargs instanceof PDict kw && kw.size() > 0) {
                throw PythonErrors.typeError("array.array() takes no keyword arguments");
            }
            Object[] args = ((dev.taipan.runtime.objects.PTuple) argsObj).items();
            if (args.length < 1 || args.length > 2) {
                throw PythonErrors.typeError(args.length < 1 ? "array() takes at least 1 argument (0 given)" : "array() takes at most 2 arguments (%d given)", args.length);
            }
            PythonClass explicit = cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.ARRAY ? null : cls;
            return ArrayOps.create(explicit, args[0], args.length > 1 ? args[1] : null);
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return (long) self(self, "__len__").length();
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PArrayIterator(self(self, "__iter__"));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return ArrayOps.repr(self(self, "__repr__"));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key) {
            PArray a = self(self, "__getitem__");
            if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.compute(s, a.length());
                PArray r = new PArray(a.format, new byte[0]);
                byte[] src = a.bufferArray();
                int size = a.itemsize();
                byte[] out = new byte[si.length() * size];
                for (int i = 0, j = si.start(); i < si.length(); i++, j += si.step()) {
                    System.arraycopy(src, j * size, out, i * size, size);
                }
                r.appendBytes(out);
                return r;
            }
            long i = index(key);
            if (i < 0) {
                i += a.length();
            }
            if (i < 0 || i >= a.length()) {
                throw PythonErrors.indexError("array index out of range");
            }
            return a.get((int) i);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key, Object value) {
            PArray a = self(self, "__setitem__");
            if (key instanceof PSlice s) {
                if (!(value instanceof PArray v)) {
                    throw PythonErrors.typeError("can only assign array (not \"%s\") to array slice", PyObjectGetClass.typeName(value));
                }
                if (v.format != a.format) {
                    throw PythonErrors.typeError("bad argument type for built-in operation");
                }
                assignSlice(a, s, v.toBytes());
                return PNone.NONE;
            }
            long i = index(key);
            if (i < 0) {
                i += a.length();
            }
            if (i < 0 || i >= a.length()) {
                throw PythonErrors.indexError("array assignment index out of range");
            }
            a.set((int) i, value);
            return PNone.NONE;
        }

        private static void assignSlice(PArray a, PSlice s, byte[] b) {
            SliceIndices si = SliceIndices.compute(s, a.length());
            int size = a.itemsize();
            int n = b.length / size;
            if (si.step() == 1) {
                a.replace(si.start(), Math.max(si.start(), si.stop()), b);
                return;
            }
            if (n != si.length()) {
                throw PythonErrors.valueError("attempt to assign array of size %d to extended slice of size %d", n, si.length());
            }
            byte[] dst = a.bufferArray();
            for (int i = 0, j = si.start(); i < n; i++, j += si.step()) {
                System.arraycopy(b, i * size, dst, j * size, size);
            }
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key) {
            PArray a = self(self, "__delitem__");
            if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.compute(s, a.length());
                if (si.step() == 1) {
                    a.delete(si.start(), Math.max(si.start(), si.stop()));
                    return PNone.NONE;
                }
                // delete from the highest index down so earlier indices stay valid
                int step = si.step();
                int first = si.start();
                int last = first + (si.length() - 1) * step;
                for (int k = 0; k < si.length(); k++) {
                    int idx = step > 0 ? last - k * step : first + k * step;
                    a.delete(idx, idx + 1);
                }
                return PNone.NONE;
            }
            long i = index(key);
            if (i < 0) {
                i += a.length();
            }
            if (i < 0 || i >= a.length()) {
                throw PythonErrors.indexError("array assignment index out of range");
            }
            a.delete((int) i, (int) i + 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PArray a = self(self, "__contains__");
            for (int i = 0; i < a.length(); i++) {
                if (PyObjectRichCompareBool.eqUncached(a.get(i), value)) {
                    return true;
                }
            }
            return false;
        }
    }

    static PArray concat(PArray a, Object other) {
        if (!(other instanceof PArray b)) {
            throw PythonErrors.typeError("can only append array (not \"%s\") to array", PyObjectGetClass.typeName(other));
        }
        if (b.format != a.format) {
            throw PythonErrors.typeError("bad argument type for built-in operation");
        }
        PArray r = new PArray(a.format, a.toBytes());
        r.appendBytes(b.toBytes());
        return r;
    }

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            return concat(self(self, "__add__"), other);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            PArray a = self(self, "__iadd__");
            if (!(other instanceof PArray)) {
                throw PythonErrors.typeError("can only extend array with array (not \"%s\")", PyObjectGetClass.typeName(other));
            }
            ArrayOps.extend(a, other);
            return a;
        }
    }

    /** The repeat count of a * n: any __index__ object; sequence-repeat's TypeError otherwise. */
    static long count(Object n) {
        if (!(n instanceof Long) && !(n instanceof Boolean) && PyObjectGetClass.get(n).lookup("__index__") == null) {
            return Long.MIN_VALUE;
        }
        return PyNumberConvert.asSize(n, BuiltinType.OVERFLOW_ERROR);
    }

    static byte[] repeat(PArray a, long n) {
        byte[] b = a.toBytes();
        if (n <= 0 || b.length == 0) {
            return new byte[0];
        }
        if ((long) b.length * n > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        return dev.taipan.runtime.bytes.BytesOps.repeat(b, (int) n);
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PArray a = self(self, "__mul__");
            long k = count(n);
            if (k == Long.MIN_VALUE) {
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", PyObjectGetClass.typeName(n));
            }
            return new PArray(a.format, repeat(a, k));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PArray a = self(self, "__rmul__");
            long k = count(n);
            if (k == Long.MIN_VALUE) {
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", PyObjectGetClass.typeName(n));
            }
            return new PArray(a.format, repeat(a, k));
        }
    }

    @Builtin(name = "__imul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PArray a = self(self, "__imul__");
            long k = count(n);
            if (k == Long.MIN_VALUE) {
                throw PythonErrors.typeError("can't multiply sequence by non-int of type '%s'", PyObjectGetClass.typeName(n));
            }
            byte[] b = repeat(a, k);
            a.truncate(0);
            a.appendBytes(b);
            return a;
        }
    }

    /** Lexicographic comparison of the items, as array_richcompare. */
    @TruffleBoundary
    static Object compare(Object self, Object other, CompareOp op) {
        if (!(self instanceof PArray a) || !(other instanceof PArray b)) {
            return PNotImplemented.INSTANCE;
        }
        if (a.length() != b.length() && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return op == CompareOp.NE;
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (!PyObjectRichCompareBool.eqUncached(x, y)) {
                if (op == CompareOp.EQ) {
                    return false;
                } else if (op == CompareOp.NE) {
                    return true;
                }
                return PyObjectRichCompareBool.compareUncached(x, y, op);
            }
        }
        int la = a.length();
        int lb = b.length();
        return switch (op) {
            case LT -> la < lb;
            case LE -> la <= lb;
            case EQ -> la == lb;
            case NE -> la != lb;
            case GT -> la > lb;
            case GE -> la >= lb;
        };
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.NE);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.LT);
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.LE);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.GT);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object other) {
            return compare(self, other, CompareOp.GE);
        }
    }
}
