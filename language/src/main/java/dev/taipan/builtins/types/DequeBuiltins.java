package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.collections.PDeque;
import dev.taipan.runtime.collections.PDequeIterator;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The methods of {@code collections.deque}. */
public final class DequeBuiltins {
    private DequeBuiltins() {
    }

    static PDeque self(Object o, String method) {
        if (o instanceof PDeque d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    private static void extend(PDeque d, Object iterable, boolean left) {
        Object[] values = iterable == d ? d.toArray() : null;
        if (values != null) {
            for (Object v : values) {
                add(d, v, left);
            }
            return;
        }
        Object it = PyObjectIter.getIter(iterable);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            add(d, v, left);
        }
    }

    private static void add(PDeque d, Object v, boolean left) {
        if (left) {
            d.appendLeft(v);
        } else {
            d.append(v);
        }
    }

    /** A normalised in-range index, or IndexError with {@code message}. */
    private static int index(PDeque d, Object key, String message) {
        long i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
        if (i < 0) {
            i += d.size();
        }
        if (i < 0 || i >= d.size()) {
            throw PythonErrors.indexError(message);
        }
        return (int) i;
    }

    private static PDeque newLike(PDeque d, Object[] contents) {
        PDeque r = new PDeque(PyObjectGetClass.get(d));
        r.setMaxlen(d.maxlen());
        r.setContents(contents);
        return r;
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PDeque((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable", "maxlen"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object iterable, Object maxlen) {
            PDeque d = self(self, "__init__");
            int max = -1;
            if (maxlen != PNone.NO_VALUE && maxlen != PNone.NONE) {
                long m = PyNumberConvert.asSize(maxlen, BuiltinType.OVERFLOW_ERROR);
                if (m < 0) {
                    throw PythonErrors.valueError("maxlen must be non-negative");
                }
                max = (int) Math.min(m, Integer.MAX_VALUE);
            }
            d.setMaxlen(max);
            Object[] values = iterable == PNone.NO_VALUE ? new Object[0] : SequenceOps.toArray(iterable);
            d.setContents(values);
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", params = {"self", "x"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object x) {
            self(self, "append").append(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "appendleft", params = {"self", "x"})
    @GenerateNodeFactory
    public abstract static class AppendLeftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object x) {
            self(self, "appendleft").appendLeft(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PDeque d = self(self, "pop");
            if (d.size() == 0) {
                throw PythonErrors.indexError("pop from an empty deque");
            }
            return d.pop();
        }
    }

    @Builtin(name = "popleft", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopLeftNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PDeque d = self(self, "popleft");
            if (d.size() == 0) {
                throw PythonErrors.indexError("pop from an empty deque");
            }
            return d.popLeft();
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object iterable) {
            extend(self(self, "extend"), iterable, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extendleft", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class ExtendLeftNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object iterable) {
            extend(self(self, "extendleft"), iterable, true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            extend(self(self, "__iadd__"), other, false);
            return self;
        }
    }

    @Builtin(name = "rotate", params = {"self", "n"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RotateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PDeque d = self(self, "rotate");
            long k = n == PNone.NO_VALUE ? 1 : PyNumberConvert.asSize(n, BuiltinType.OVERFLOW_ERROR);
            int size = d.size();
            if (size <= 1) {
                return PNone.NONE;
            }
            int shift = (int) Math.floorMod(k, (long) size);
            if (shift == 0) {
                return PNone.NONE;
            }
            Object[] a = d.toArray();
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[(i + shift) % size] = a[i];
            }
            d.setContents(r);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            self(self, "clear").clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDeque d = self(self, "copy");
            if (PyObjectGetClass.get(d).isBuiltin()) {
                return newLike(d, d.toArray());
            }
            // a subclass is rebuilt through its constructor, as CPython does
            Object maxlen = d.maxlen() < 0 ? PNone.NONE : (Object) (long) d.maxlen();
            return CallDispatch.call(PyObjectGetClass.get(d), new Object[]{d, maxlen}, null);
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DunderCopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return CopyNode.doIt(self);
        }
    }

    @Builtin(name = "count", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PDeque d = self(self, "count");
            long state = d.state();
            long n = 0;
            for (int i = 0; i < d.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(d.get(i), value)) {
                    n++;
                }
                if (d.state() != state) {
                    throw PythonErrors.runtimeError("deque mutated during iteration");
                }
            }
            return n;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start", "stop"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value, Object start, Object stop) {
            PDeque d = self(self, "index");
            int n = d.size();
            int a = start == PNone.NO_VALUE ? 0 : StrBuiltins.clamp(PyNumberConvert.asSize(start, null), n);
            int b = stop == PNone.NO_VALUE ? n : StrBuiltins.clamp(PyNumberConvert.asSize(stop, null), n);
            long state = d.state();
            for (int i = a; i < b && i < d.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(d.get(i), value)) {
                    return (long) i;
                }
                if (d.state() != state) {
                    throw PythonErrors.runtimeError("deque mutated during iteration");
                }
            }
            throw PythonErrors.valueError("%s is not in deque", dev.taipan.runtime.abstractops.PyObjectStr.repr(value));
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "value"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object index, Object value) {
            PDeque d = self(self, "insert");
            if (d.maxlen() >= 0 && d.size() >= d.maxlen()) {
                throw PythonErrors.indexError("deque already at its maximum size");
            }
            long i = PyNumberConvert.asSize(index, null);
            int n = d.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            Object[] a = d.toArray();
            Object[] r = new Object[n + 1];
            System.arraycopy(a, 0, r, 0, (int) i);
            r[(int) i] = value;
            System.arraycopy(a, (int) i, r, (int) i + 1, n - (int) i);
            d.setContents(r);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PDeque d = self(self, "remove");
            long state = d.state();
            for (int i = 0; i < d.size(); i++) {
                boolean eq = PyObjectRichCompareBool.eqUncached(d.get(i), value);
                if (d.state() != state) {
                    throw PythonErrors.indexError("deque mutated during remove().");
                }
                if (eq) {
                    deleteAt(d, i);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("%s is not in deque", dev.taipan.runtime.abstractops.PyObjectStr.repr(value));
        }
    }

    private static void deleteAt(PDeque d, int i) {
        Object[] a = d.toArray();
        Object[] r = new Object[a.length - 1];
        System.arraycopy(a, 0, r, 0, i);
        System.arraycopy(a, i + 1, r, i, a.length - i - 1);
        d.setContents(r);
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDeque d = self(self, "reverse");
            Object[] a = d.toArray();
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            d.setContents(a);
            return PNone.NONE;
        }
    }

    @Builtin(name = "maxlen", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MaxlenNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            int m = self(self, "maxlen").maxlen();
            return m < 0 ? PNone.NONE : (Object) (long) m;
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return (long) self(self, "__len__").size();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key) {
            PDeque d = self(self, "__getitem__");
            if (key instanceof dev.taipan.runtime.objects.PSlice) {
                throw PythonErrors.typeError("sequence index must be integer, not 'slice'");
            }
            return d.get(index(d, key, "deque index out of range"));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key, Object value) {
            PDeque d = self(self, "__setitem__");
            d.set(index(d, key, "deque index out of range"), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object key) {
            PDeque d = self(self, "__delitem__");
            deleteAt(d, index(d, key, "deque index out of range"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PDeque d = self(self, "__contains__");
            long state = d.state();
            for (int i = 0; i < d.size(); i++) {
                if (PyObjectRichCompareBool.eqUncached(d.get(i), value)) {
                    return true;
                }
                if (d.state() != state) {
                    throw PythonErrors.runtimeError("deque mutated during iteration");
                }
            }
            return false;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PDequeIterator(TaipanContext.get(null).getBuiltinClass(BuiltinType.DEQUE_ITERATOR), self(self, "__iter__"), false);
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PDequeIterator(TaipanContext.get(null).getBuiltinClass(BuiltinType.DEQUE_REVERSE_ITERATOR), self(self, "__reversed__"), true);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDeque d = self(self, "__repr__");
            String name = PyObjectGetClass.get(d).getName();
            if (!SequenceOps.enterRepr(d)) {
                return "[...]";
            }
            String body;
            try {
                Object[] a = d.toArray();
                body = SequenceOps.repr(a, a.length, "[", "]", new Object(), "[...]");
            } finally {
                SequenceOps.leaveRepr(d);
            }
            return d.maxlen() < 0 ? name + "(" + body + ")" : name + "(" + body + ", maxlen=" + d.maxlen() + ")";
        }
    }

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object other) {
            PDeque d = self(self, "__add__");
            if (!(other instanceof PDeque o)) {
                throw PythonErrors.typeError("can only concatenate deque (not \"%s\") to deque", PyObjectGetClass.typeName(other));
            }
            PDeque r = newLike(d, d.toArray());
            extend(r, o, false);
            return r;
        }
    }

    private static Object[] repeated(Object[] a, Object times) {
        long n = Math.max(0, PyNumberConvert.asSize(times, BuiltinType.OVERFLOW_ERROR));
        if (a.length > 0 && n > Integer.MAX_VALUE / a.length) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        Object[] r = new Object[(int) (a.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
        }
        return r;
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PDeque d = self(self, "__mul__");
            if (!dev.taipan.runtime.numbers.IntMath.isInt(n) && PyObjectGetClass.get(n).lookup("__index__") == null) {
                return PNotImplemented.INSTANCE;
            }
            return newLike(d, repeated(d.toArray(), n));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object n) {
            return MulNode.doIt(self, n);
        }
    }

    @Builtin(name = "__imul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object n) {
            PDeque d = self(self, "__imul__");
            d.setContents(repeated(d.toArray(), n));
            return d;
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PDeque d = self(self, "__reduce__");
            Object maxlen = d.maxlen() < 0 ? PNone.NONE : (Object) (long) d.maxlen();
            // the state is __getstate__'s: the instance dict and any slots
            Object state = CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(d, "__getstate__"));
            PTuple args = d.maxlen() < 0 ? PTuple.EMPTY : PTuple.of(PTuple.EMPTY, maxlen);
            return PTuple.of(PyObjectGetClass.get(d), args, state, PyObjectIter.getIter(d));
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            PDeque a = self(self, op().dunder);
            if (!(other instanceof PDeque b)) {
                return PNotImplemented.INSTANCE;
            }
            Object[] x = a.toArray();
            Object[] y = b.toArray();
            return SequenceOps.compare(x, x.length, y, y.length, op());
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
}
