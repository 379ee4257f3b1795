package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.abstractops.PySequenceContains;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PDictIterator;
import dev.taipan.runtime.iterators.PDictView;
import dev.taipan.runtime.objects.PMappingProxy;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;

/** dict_keys, dict_values and dict_items views. */
public final class DictViewBuiltins {
    private DictViewBuiltins() {
    }

    static PDictView self(Object o) {
        if (o instanceof PDictView v) {
            return v;
        }
        throw PythonErrors.typeError("expected a dict view, got %s", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) self(self).getDict().size();
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            PDictView v = self(self);
            return new PDictIterator(v.getDict(), v.getKind());
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object value) {
            PDictView v = self(self);
            DictStorage s = v.getDict().storage();
            switch (v.getKind()) {
                case KEYS:
                    return v.getDict().getItem(value) != null;
                case ITEMS: {
                    if (!(value instanceof PTuple t) || t.size() != 2) {
                        return false;
                    }
                    Object x = v.getDict().getItem(t.get(0));
                    return x != null && PyObjectRichCompareBool.eqUncached(x, t.get(1));
                }
                default:
                    for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                        if (PyObjectRichCompareBool.eqUncached(s.valueAt(i), value)) {
                            return true;
                        }
                    }
                    return false;
            }
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PDictView v = self(self);
            if (!SequenceOps.enterRepr(v)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(PyObjectGetClass.typeName(v)).append("([");
                DictStorage s = v.getDict().storage();
                boolean first = true;
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    switch (v.getKind()) {
                        case KEYS -> sb.append(PyObjectStr.repr(s.keyAt(i)));
                        case VALUES -> sb.append(PyObjectStr.repr(s.valueAt(i)));
                        case ITEMS -> sb.append('(').append(PyObjectStr.repr(s.keyAt(i))).append(", ").append(PyObjectStr.repr(s.valueAt(i))).append(')');
                    }
                }
                return sb.append("])").toString();
            } finally {
                SequenceOps.leaveRepr(v);
            }
        }
    }

    @Builtin(name = "mapping", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class MappingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMapping(Object self, Object value) {
            return new PMappingProxy(self(self).getDict());
        }
    }

    // ---------------------------------------------------------------- set behaviour of keys and items views

    /** The view's elements as a fresh set storage (a copy that the operation may mutate). */
    @TruffleBoundary
    static dev.taipan.runtime.set.SetStorage elements(Object o) {
        return dev.taipan.runtime.set.SetOps.storageOf(o).copy();
    }

    static boolean isSetLike(Object o) {
        return o instanceof dev.taipan.runtime.set.PSet || (o instanceof PDictView v && v.getKind() != PDictIterator.Kind.VALUES);
    }

    /** Binary set operators: the result is always a set, built from whichever side is the left operand. */
    abstract static class SetOperator extends PythonBinaryBuiltinNode {
        String op() {
            throw new IllegalStateException();
        }

        boolean reflected() {
            return false;
        }

        @Specialization
        @TruffleBoundary
        Object doOp(Object self, Object other) {
            self(self);
            Object left = reflected() ? other : self;
            Object right = reflected() ? self : other;
            dev.taipan.runtime.set.SetStorage l;
            try {
                l = elements(left);
            } catch (dev.taipan.runtime.exceptions.PException e) {
                if (reflected()) {
                    return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
                }
                throw e;
            }
            if (!reflected() && !(right instanceof PDictView) && !isIterable(right)) {
                return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
            }
            dev.taipan.runtime.set.SetStorage r = switch (op()) {
                case "&" -> dev.taipan.runtime.set.SetOps.intersection(l, right);
                case "|" -> dev.taipan.runtime.set.SetOps.union(l, right);
                case "-" -> dev.taipan.runtime.set.SetOps.difference(l, right);
                default -> dev.taipan.runtime.set.SetOps.symmetricDifference(l, right);
            };
            return new dev.taipan.runtime.set.PSet(r, false);
        }

        private static boolean isIterable(Object o) {
            return PyObjectGetClass.get(o).lookup("__iter__") != null || PyObjectGetClass.get(o).lookup("__getitem__") != null;
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AndNode extends SetOperator {
        @Override
        String op() {
            return "&";
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RAndNode extends SetOperator {
        @Override
        String op() {
            return "&";
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends SetOperator {
        @Override
        String op() {
            return "|";
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends SetOperator {
        @Override
        String op() {
            return "|";
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends SetOperator {
        @Override
        String op() {
            return "-";
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RSubNode extends SetOperator {
        @Override
        String op() {
            return "-";
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class XorNode extends SetOperator {
        @Override
        String op() {
            return "^";
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RXorNode extends SetOperator {
        @Override
        String op() {
            return "^";
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    /** Views compare like sets with sets and other keys/items views. */
    abstract static class Compare extends PythonBinaryBuiltinNode {
        String op() {
            throw new IllegalStateException();
        }

        @Specialization
        @TruffleBoundary
        Object doCompare(Object self, Object other) {
            self(self);
            if (!isSetLike(other)) {
                return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
            }
            // as CPython: sizes first, then membership of each element (no hashing of values)
            long m = PyObjectSize.execute(self);
            long n = PyObjectSize.execute(other);
            return switch (op()) {
                case "==" -> m == n && allContainedIn(self, other);
                case "!=" -> !(m == n && allContainedIn(self, other));
                case "<" -> m < n && allContainedIn(self, other);
                case "<=" -> m <= n && allContainedIn(self, other);
                case ">" -> m > n && allContainedIn(other, self);
                default -> m >= n && allContainedIn(other, self);
            };
        }
    }

    private static boolean allContainedIn(Object a, Object b) {
        Object it = PyObjectIter.getIter(a);
        for (Object x = PyObjectIter.next(it); x != null; x = PyObjectIter.next(it)) {
            if (!PySequenceContains.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Compare {
        @Override
        String op() {
            return "==";
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Compare {
        @Override
        String op() {
            return "!=";
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends Compare {
        @Override
        String op() {
            return "<";
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends Compare {
        @Override
        String op() {
            return "<=";
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends Compare {
        @Override
        String op() {
            return ">";
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends Compare {
        @Override
        String op() {
            return ">=";
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsDisjoint(Object self, Object other) {
            self(self);
            return dev.taipan.runtime.set.SetOps.isDisjoint(dev.taipan.runtime.set.SetOps.storageOf(self), other);
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReversed(Object self) {
            PDictView v = self(self);
            return PDictIterator.reversed(v.getDict(), v.getKind());
        }
    }
}
