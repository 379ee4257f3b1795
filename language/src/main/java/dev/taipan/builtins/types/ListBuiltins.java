package dev.taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PListIterator;
import dev.taipan.runtime.iterators.PListReverseIterator;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The methods of {@code list}. */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static PList self(Object o, String method) {
        if (o instanceof PList l) {
            return l;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'list' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    static long index(Object key) {
        if (!(key instanceof Long) && !(key instanceof Boolean) && PyObjectGetClass.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("list indices must be integers or slices, not %s", PyObjectGetClass.typeName(key));
        }
        return PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return c.isBuiltin() && c.getBuiltinType() == BuiltinType.LIST ? new PList() : new PList(c);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable"}, required = 1, checkPositional = "list")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object iterable) {
            PList l = self(self, "__init__");
            if (iterable == PNone.NO_VALUE) {
                l.clear();
            } else {
                Object[] items = SequenceOps.toArray(iterable);
                l.setContents(items == l.rawItems() ? items.clone() : items.clone(), items.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            PList l = self(self, "__repr__");
            return SequenceOps.repr(l.rawItems(), l.size(), "[", "]", l, "[...]");
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

    @Builtin(name = "__getitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object key) {
            PList l = self(self, "__getitem__");
            if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.compute(s, l.size());
                Object[] out = new Object[si.length()];
                for (int i = 0, j = si.start(); i < out.length; i++, j += si.step()) {
                    out[i] = l.get(j);
                }
                return new PList(out);
            }
            long i = index(key);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PythonErrors.indexError("list index out of range");
            }
            return l.get((int) i);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetItem(Object self, Object key, Object value) {
            PList l = self(self, "__setitem__");
            if (key instanceof PSlice s) {
                assignSlice(l, s, value);
                return PNone.NONE;
            }
            long i = index(key);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PythonErrors.indexError("list assignment index out of range");
            }
            l.set((int) i, value);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void assignSlice(PList l, PSlice s, Object value) {
        Object[] items = value == l ? l.toArray() : SequenceOps.toArray(value);
        SliceIndices si = SliceIndices.compute(s, l.size());
        if (si.step() == 1) {
            int start = si.start();
            int stop = Math.max(start, si.start() + si.length());
            Object[] old = l.toArray();
            Object[] result = new Object[old.length - (stop - start) + items.length];
            System.arraycopy(old, 0, result, 0, start);
            System.arraycopy(items, 0, result, start, items.length);
            System.arraycopy(old, stop, result, start + items.length, old.length - stop);
            l.setContents(result, result.length);
            return;
        }
        if (items.length != si.length()) {
            throw PythonErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d", items.length, si.length());
        }
        for (int i = 0, j = si.start(); i < items.length; i++, j += si.step()) {
            l.set(j, items[i]);
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDelItem(Object self, Object key) {
            PList l = self(self, "__delitem__");
            if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.compute(s, l.size());
                boolean[] drop = new boolean[l.size()];
                for (int i = 0, j = si.start(); i < si.length(); i++, j += si.step()) {
                    drop[j] = true;
                }
                Object[] old = l.toArray();
                Object[] out = new Object[old.length - si.length()];
                int k = 0;
                for (int i = 0; i < old.length; i++) {
                    if (!drop[i]) {
                        out[k++] = old[i];
                    }
                }
                l.setContents(out, k);
                return PNone.NONE;
            }
            long i = index(key);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PythonErrors.indexError("list assignment index out of range");
            }
            l.removeAt((int) i);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PListIterator(self(self, "__iter__"));
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReversed(Object self) {
            return new PListReverseIterator(self(self, "__reversed__"));
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            PList l = self(self, "__contains__");
            for (int i = 0; i < l.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(l.get(i), value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "append", params = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doAppend(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }

        @Specialization(replaces = "doAppend")
        static Object doGeneric(Object self, Object value) {
            self(self, "append").append(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExtend(Object self, Object iterable) {
            PList l = self(self, "extend");
            Object[] items = iterable == l ? l.toArray() : SequenceOps.toArray(iterable);
            l.ensureCapacity(l.size() + items.length);
            for (Object o : items) {
                l.append(o);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "object"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInsert(Object self, Object index, Object value) {
            PList l = self(self, "insert");
            long i = PyNumberConvert.asSize(index, null);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            l.insert((int) Math.min(i, n), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPop(Object self, Object index) {
            PList l = self(self, "pop");
            if (l.size() == 0) {
                throw PythonErrors.indexError("pop from empty list");
            }
            long i = index == PNone.NO_VALUE ? l.size() - 1 : PyNumberConvert.asSize(index, BuiltinType.INDEX_ERROR);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PythonErrors.indexError("pop index out of range");
            }
            return l.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemove(Object self, Object value) {
            PList l = self(self, "remove");
            for (int i = 0; i < l.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(l.get(i), value)) {
                    l.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start", "stop"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIndex(Object self, Object value, Object start, Object stop) {
            PList l = self(self, "index");
            int n = l.size();
            int a = start == PNone.NO_VALUE ? 0 : StrBuiltins.clamp(PyNumberConvert.asSize(start, null), n);
            int b = stop == PNone.NO_VALUE ? n : StrBuiltins.clamp(PyNumberConvert.asSize(stop, null), n);
            for (int i = a; i < b && i < l.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(l.get(i), value)) {
                    return (long) i;
                }
            }
            throw PythonErrors.valueError("%s is not in list", dev.taipan.runtime.abstractops.PyObjectStr.repr(value));
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object self, Object value) {
            PList l = self(self, "count");
            long c = 0;
            for (int i = 0; i < l.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(l.get(i), value)) {
                    c++;
                }
            }
            return c;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(Object self) {
            self(self, "clear").clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCopy(Object self) {
            return new PList(self(self, "copy").toArray());
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReverse(Object self) {
            PList l = self(self, "reverse");
            Object[] a = l.rawItems();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return PNone.NONE;
        }
    }

    /** Stable sort (Java's TimSort) using only {@code <}, with key and reverse like CPython's. */
    @Builtin(name = "sort", params = {"self"}, kwOnly = {"key", "reverse"})
    @GenerateNodeFactory
    public abstract static class SortNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSort(Object self, Object key, Object reverse) {
            PList l = self(self, "sort");
            Sorting.sort(l, key == PNone.NO_VALUE ? PNone.NONE : key, reverse != PNone.NO_VALUE && PyObjectIsTrue.execute(reverse));
            return PNone.NONE;
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            PList a = self(self, op().dunder);
            if (!(other instanceof PList b)) {
                return PNotImplemented.INSTANCE;
            }
            return SequenceOps.compare(a.rawItems(), a.size(), b.rawItems(), b.size(), op());
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
            PList a = self(self, "__add__");
            if (!(other instanceof PList b)) {
                throw PythonErrors.typeError("can only concatenate list (not \"%s\") to list", PyObjectGetClass.typeName(other));
            }
            Object[] out = Arrays.copyOf(a.rawItems(), a.size() + b.size());
            System.arraycopy(b.rawItems(), 0, out, a.size(), b.size());
            return new PList(out);
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIAdd(Object self, Object other) {
            ExtendNode.doExtend(self, other);
            return self;
        }
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMul(Object self, Object n) {
            return new PList(repeat(self(self, "__mul__").toArray(), n));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMul(Object self, Object n) {
            return new PList(repeat(self(self, "__rmul__").toArray(), n));
        }
    }

    @Builtin(name = "__imul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIMul(Object self, Object n) {
            PList l = self(self, "__imul__");
            Object[] r = repeat(l.toArray(), n);
            l.setContents(r, r.length);
            return l;
        }
    }

    @TruffleBoundary
    static Object[] repeat(Object[] items, Object n) {
        int count = SequenceOps.repeatCount(items.length, n, null);
        Object[] out = new Object[items.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return out;
    }
}
