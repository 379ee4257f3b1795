package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.set.PSet;
import dev.taipan.runtime.set.PSetIterator;
import dev.taipan.runtime.set.SetOps;
import dev.taipan.runtime.set.SetStorage;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The methods of {@code set} and {@code frozenset}. Both types get this class; the mutating
 * methods refuse frozensets (BuiltinDefinitions installs only the read-only ones on frozenset).
 * Results of operations have the type of the left operand's builtin base, as in CPython.
 */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    static PSet self(Object o, String method) {
        if (o instanceof PSet s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'set' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    static PSet mutable(Object o, String method) {
        PSet s = self(o, method);
        if (s.isFrozen()) {
            throw PythonErrors.typeError("descriptor '%s' for 'set' objects doesn't apply to a 'frozenset' object", method);
        }
        return s;
    }

    /** A new set of the same builtin kind as {@code like} (set or frozenset, never a subclass). */
    static PSet sameKind(PSet like, SetStorage storage) {
        return new PSet(storage, like.isFrozen());
    }

    /** The operators take only sets and frozensets; anything else is NotImplemented. */
    static boolean isSet(Object o) {
        return o instanceof PSet;
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            boolean frozen = c.isSubtypeOfBuiltin(BuiltinType.FROZENSET);
            Object[] items = ((PTuple) args).items();
            if (!frozen) {
                // set() fills itself in __init__
                return c.isBuiltin() ? new PSet(false) : new PSet(c, false);
            }
            if (items.length > 1) {
                throw PythonErrors.typeError("frozenset expected at most 1 argument, got %d", items.length);
            }
            boolean ownInit = !c.isBuiltin() && c.lookup("__init__") != TaipanContext.get(null).getBuiltinClass(BuiltinType.OBJECT).lookup("__init__");
            if (!ownInit && kwargs instanceof dev.taipan.runtime.dict.PDict d && d.size() > 0) {
                throw PythonErrors.typeError("frozenset() takes no keyword arguments");
            }
            if (items.length == 1 && items[0] instanceof PSet s && s.isFrozen() && s.getExplicitClass() == null && c.isBuiltin()) {
                return s;
            }
            PSet result = c.isBuiltin() ? new PSet(true) : new PSet(c, true);
            if (items.length == 1) {
                SetOps.addAll(result.storage(), items[0]);
            }
            return result;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object args, Object kwargs) {
            PSet s = self(self, "__init__");
            if (s.isFrozen()) {
                return PNone.NONE;
            }
            Object[] items = ((PTuple) args).items();
            if (items.length > 1) {
                throw PythonErrors.typeError("set expected at most 1 argument, got %d", items.length);
            }
            if (kwargs instanceof dev.taipan.runtime.dict.PDict d && d.size() > 0) {
                throw PythonErrors.typeError("set() takes no keyword arguments");
            }
            s.storage().clear();
            if (items.length == 1) {
                SetOps.addAll(s.storage(), items[0]);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PSet s = self(self, "__repr__");
            String name = PyObjectGetClass.get(s).getName();
            if (s.size() == 0) {
                return name + "()";
            }
            if (!SequenceOps.enterRepr(s)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder();
                boolean plainSet = !s.isFrozen() && s.getExplicitClass() == null;
                if (!plainSet) {
                    sb.append(name).append('(');
                }
                sb.append('{');
                Object[] items = s.storage().toArray();
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(PyObjectStr.repr(items[i]));
                }
                sb.append('}');
                if (!plainSet) {
                    sb.append(')');
                }
                return sb.toString();
            } finally {
                SequenceOps.leaveRepr(s);
            }
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

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object key) {
            return self(self, "__contains__").storage().contains(asKey(key));
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PSetIterator(self(self, "__iter__"));
        }
    }

    /** (type(self), (list(self),), state): what copy and pickle rebuild a set from. */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            PSet s = self(self, "__reduce__");
            Object state = dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(s, "__getstate__"));
            return PTuple.of(PyObjectGetClass.get(s), PTuple.of(new dev.taipan.runtime.objects.PList(SequenceOps.toArray(s))), state);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHash(Object self) {
            PSet s = self(self, "__hash__");
            if (!s.isFrozen()) {
                throw PythonErrors.typeError("unhashable type: '%s'", PyObjectGetClass.typeName(s));
            }
            return s.storage().frozensetHash();
        }
    }

    // ---------------------------------------------------------------- comparison

    abstract static class CompareNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doCompare(Object self, Object other) {
            PSet s = self(self, "comparison");
            if (!(other instanceof PSet o)) {
                return PNotImplemented.INSTANCE;
            }
            return compare(s.storage(), o.storage());
        }

        Object compare(SetStorage a, SetStorage b) {
            throw new AssertionError();
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return a.size() == b.size() && SetOps.isSubset(a, b);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return !(a.size() == b.size() && SetOps.isSubset(a, b));
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return SetOps.isSubset(a, b);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return a.size() < b.size() && SetOps.isSubset(a, b);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return SetOps.isSubset(b, a);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends CompareNode {
        @Override
        Object compare(SetStorage a, SetStorage b) {
            return a.size() > b.size() && SetOps.isSubset(b, a);
        }
    }

    // ---------------------------------------------------------------- operators

    /** A binary operator: both operands sets, result of the left operand's kind. */
    abstract static class OperatorNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doOp(Object self, Object other) {
            PSet s = self(self, "operator");
            if (!isSet(other)) {
                return PNotImplemented.INSTANCE;
            }
            return sameKind(s, op(s.storage(), other));
        }

        SetStorage op(SetStorage a, Object b) {
            throw new AssertionError();
        }
    }

    /** A reflected operator: {@code other OP self}, result of other's kind. */
    abstract static class ReflectedOperatorNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doOp(Object self, Object other) {
            PSet s = self(self, "operator");
            if (!(other instanceof PSet o)) {
                return PNotImplemented.INSTANCE;
            }
            return sameKind(o, op(o.storage(), s));
        }

        SetStorage op(SetStorage a, Object b) {
            throw new AssertionError();
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends OperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.union(a, b);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends ReflectedOperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.union(a, b);
        }
    }

    @Builtin(name = "__and__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AndNode extends OperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.intersection(a, b);
        }
    }

    @Builtin(name = "__rand__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RAndNode extends ReflectedOperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.intersection(a, b);
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends OperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.difference(a, b);
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RSubNode extends ReflectedOperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.difference(a, b);
        }
    }

    @Builtin(name = "__xor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class XorNode extends OperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.symmetricDifference(a, b);
        }
    }

    @Builtin(name = "__rxor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RXorNode extends ReflectedOperatorNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.symmetricDifference(a, b);
        }
    }

    /** {@code s |= t} and friends: update in place and return self. */
    abstract static class InplaceNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doOp(Object self, Object other) {
            PSet s = mutable(self, "operator");
            if (!isSet(other)) {
                return PNotImplemented.INSTANCE;
            }
            s.setStorage(op(s.storage(), other));
            return s;
        }

        SetStorage op(SetStorage a, Object b) {
            throw new AssertionError();
        }
    }

    @Builtin(name = "__ior__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IOrNode extends InplaceNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            SetOps.addAll(a, b);
            return a;
        }
    }

    @Builtin(name = "__iand__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAndNode extends InplaceNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.intersection(a, b);
        }
    }

    @Builtin(name = "__isub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ISubNode extends InplaceNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.difference(a, b);
        }
    }

    @Builtin(name = "__ixor__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IXorNode extends InplaceNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.symmetricDifference(a, b);
        }
    }

    // ---------------------------------------------------------------- named methods on any iterables

    /** union(*others) and friends: folds the operation over every argument. */
    abstract static class FoldNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doFold(Object self, Object others) {
            PSet s = self(self, "method");
            SetStorage acc = s.storage();
            Object[] items = ((PTuple) others).items();
            if (items.length == 0) {
                return sameKind(s, acc.copy());
            }
            for (Object o : items) {
                acc = op(acc, o);
            }
            return sameKind(s, acc);
        }

        SetStorage op(SetStorage a, Object b) {
            throw new AssertionError();
        }
    }

    @Builtin(name = "union", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class UnionNode extends FoldNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.union(a, b);
        }
    }

    @Builtin(name = "intersection", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends FoldNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.intersection(a, b);
        }
    }

    @Builtin(name = "difference", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends FoldNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.difference(a, b);
        }
    }

    @Builtin(name = "symmetric_difference", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSymmetricDifference(Object self, Object other) {
            PSet s = self(self, "symmetric_difference");
            return sameKind(s, SetOps.symmetricDifference(s.storage(), other));
        }
    }

    /** update(*others) and friends: the in-place folds of set. */
    abstract static class UpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doUpdate(Object self, Object others) {
            PSet s = mutable(self, "update");
            for (Object o : ((PTuple) others).items()) {
                s.setStorage(op(s.storage(), o));
            }
            return PNone.NONE;
        }

        SetStorage op(SetStorage a, Object b) {
            throw new AssertionError();
        }
    }

    @Builtin(name = "update", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class UpdateAllNode extends UpdateNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            SetOps.addAll(a, b);
            return a;
        }
    }

    @Builtin(name = "intersection_update", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends UpdateNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.intersection(a, b);
        }
    }

    @Builtin(name = "difference_update", params = {"self"}, varargs = "others")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends UpdateNode {
        @Override
        SetStorage op(SetStorage a, Object b) {
            return SetOps.difference(a, b);
        }
    }

    @Builtin(name = "symmetric_difference_update", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUpdate(Object self, Object other) {
            PSet s = mutable(self, "symmetric_difference_update");
            s.setStorage(SetOps.symmetricDifference(s.storage(), other));
            return PNone.NONE;
        }
    }

    @Builtin(name = "issubset", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsSubset(Object self, Object other) {
            return SetOps.isSubset(self(self, "issubset").storage(), SetOps.storageOf(other));
        }
    }

    @Builtin(name = "issuperset", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsSuperset(Object self, Object other) {
            return SetOps.isSubset(SetOps.storageOf(other), self(self, "issuperset").storage());
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIsDisjoint(Object self, Object other) {
            return SetOps.isDisjoint(self(self, "isdisjoint").storage(), other);
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCopy(Object self) {
            PSet s = self(self, "copy");
            if (s.isFrozen() && s.getExplicitClass() == null) {
                return s;
            }
            return sameKind(s, s.storage().copy());
        }
    }

    // ---------------------------------------------------------------- set only

    @Builtin(name = "add", params = {"self", "elem"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doAdd(Object self, Object elem,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            SetStorage st = mutable(self, "add").storage();
            st.add(elem, hash.execute(elem));
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", params = {"self", "elem"})
    @GenerateNodeFactory
    public abstract static class DiscardNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDiscard(Object self, Object elem,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            SetStorage st = mutable(self, "discard").storage();
            Object key = asKey(elem);
            st.discard(key, hash.execute(key));
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "elem"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRemove(Object self, Object elem,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.abstractops.HashNode hash) {
            SetStorage st = mutable(self, "remove").storage();
            Object key = asKey(elem);
            if (!st.discard(key, hash.execute(key))) {
                throw PythonErrors.keyError(elem);
            }
            return PNone.NONE;
        }
    }

    /**
     * An unhashable set argument of remove/discard/__contains__ stands for the equal frozenset (a
     * subclass that defines {@code __hash__} is looked up as itself).
     */
    static Object asKey(Object elem) {
        if (elem instanceof PSet s && !s.isFrozen() && (s.getExplicitClass() == null || PyObjectGetClass.get(s).lookup("__hash__") == PNone.NONE)) {
            return new PSet(s.storage(), true);
        }
        return elem;
    }

    @Builtin(name = "pop", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doPop(Object self) {
            Object v = mutable(self, "pop").storage().popFirst();
            if (v == null) {
                throw PythonErrors.raise(BuiltinType.KEY_ERROR, "pop from an empty set");
            }
            return v;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(Object self) {
            mutable(self, "clear").storage().clear();
            return PNone.NONE;
        }
    }
}
