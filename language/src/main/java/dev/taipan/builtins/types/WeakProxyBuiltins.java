package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.abstractops.PySequenceContains;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.ObjectIds;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PWeakRef;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code weakref.proxy}: stands in for its referent (attributes, calls, containers, comparisons)
 * until the referent dies, then raises ReferenceError.
 */
public final class WeakProxyBuiltins {
    private WeakProxyBuiltins() {
    }

    private static Object referent(Object proxy) {
        return WeakRefs.liveReferent(proxy);
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetAttribute(Object self, Object name) {
            return GenericAttributes.getAttribute(referent(self), (String) name);
        }
    }

    @Builtin(name = "__setattr__", params = {"self", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetAttr(Object self, Object name, Object value) {
            GenericAttributes.setAttribute(referent(self), (String) name, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delattr__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelAttr(Object self, Object name) {
            GenericAttributes.setAttribute(referent(self), (String) name, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doCall(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.Calls.callWithDict(referent(self), ((PTuple) args).items(), (dev.taipan.runtime.dict.PDict) kwargs);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            Object v = ((PWeakRef) self).get();
            if (v == null) {
                return "<weakproxy at " + ObjectIds.address(self) + "; dead>";
            }
            return "<weakproxy at " + ObjectIds.address(self) + "; to '" + PyObjectGetClass.get(v).getQualname() + "' at " + ObjectIds.address(v) + ">";
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return PyObjectStr.str(referent(self));
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            return PyObjectIsTrue.execute(referent(self));
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return PyObjectSize.execute(referent(self));
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key) {
            return PyObjectItems.getItem(referent(self), key);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetItem(Object self, Object key, Object value) {
            PyObjectItems.setItem(referent(self), key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelItem(Object self, Object key) {
            PyObjectItems.delItem(referent(self), key);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContains(Object self, Object item) {
            return PySequenceContains.contains(referent(self), item);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return PyObjectIter.getIter(referent(self));
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNext(Object self) {
            Object o = referent(self);
            if (!PyObjectIter.isIterator(o)) {
                throw PythonErrors.typeError("Weakref proxy referenced a non-iterator '%s' object", PyObjectGetClass.typeName(o));
            }
            Object v = PyObjectIter.next(o);
            if (v == null) {
                throw PythonErrors.raise(BuiltinType.STOP_ITERATION, null);
            }
            return v;
        }
    }

    /** A method of the referent called by name: {@code __reversed__}, {@code __bytes__}, {@code __int__} ... */
    abstract static class ForwardNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doForward(Object self) {
            return dev.taipan.runtime.function.CallDispatch.call(GenericAttributes.getAttribute(referent(self), name()));
        }

        String name() {
            throw new IllegalStateException("overridden by each node");
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends ForwardNode {
        @Override
        String name() {
            return "__reversed__";
        }
    }

    @Builtin(name = "__bytes__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BytesNode extends ForwardNode {
        @Override
        String name() {
            return "__bytes__";
        }
    }

    @Builtin(name = "__int__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInt(Object self) {
            return dev.taipan.runtime.function.CallDispatch.call(dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.INT), referent(self));
        }
    }

    @Builtin(name = "__float__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFloat(Object self) {
            return dev.taipan.runtime.abstractops.PyNumberConvert.asDouble(referent(self));
        }
    }

    @Builtin(name = "__index__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIndex(Object self) {
            return dev.taipan.runtime.abstractops.PyNumberConvert.index(referent(self));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            throw PythonErrors.typeError("unhashable type: '%s'", PyObjectGetClass.typeName(self));
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            return PyObjectRichCompare.compare(referent(self), other instanceof PWeakRef ? referent(other) : other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNe(Object self, Object other) {
            return PyObjectRichCompare.compare(referent(self), other instanceof PWeakRef ? referent(other) : other, CompareOp.NE);
        }
    }
}
