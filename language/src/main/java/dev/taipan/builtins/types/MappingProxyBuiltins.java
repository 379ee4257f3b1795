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
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.abstractops.PySequenceContains;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PMappingProxy;
import dev.taipan.runtime.objects.PNone;

/** {@code mappingproxy}: a read-only view of a mapping. */
public final class MappingProxyBuiltins {
    private MappingProxyBuiltins() {
    }

    static Object mapping(Object self) {
        return ((PMappingProxy) self).getMapping();
    }

    @Builtin(name = "__new__", params = {"cls", "mapping"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object mapping) {
            // CPython's PyMapping_Check, minus the sequences that also have __getitem__
            if (mapping instanceof dev.taipan.runtime.objects.PList || mapping instanceof dev.taipan.runtime.objects.PTuple
                            || dev.taipan.runtime.abstractops.PyObjectGetClass.get(mapping).lookup("__getitem__") == null) {
                throw dev.taipan.runtime.exceptions.PythonErrors.typeError("mappingproxy() argument must be a mapping, not %s",
                                dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(mapping));
            }
            return new PMappingProxy(mapping);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key) {
            return PyObjectItems.getItem(mapping(self), key);
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object self, Object key, Object dflt) {
            Object m = mapping(self);
            if (m instanceof PDict d) {
                Object v = d.getItem(key);
                return v != null ? v : (dflt == PNone.NO_VALUE ? PNone.NONE : dflt);
            }
            return CallDispatch.call(GenericAttributes.getAttribute(m, "get"), key, dflt == PNone.NO_VALUE ? PNone.NONE : dflt);
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return PyObjectSize.execute(mapping(self));
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return PyObjectIter.getIter(mapping(self));
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContains(Object self, Object key) {
            return PySequenceContains.contains(mapping(self), key);
        }
    }

    abstract static class Forward extends PythonUnaryBuiltinNode {
        String method() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doForward(Object self) {
            return CallDispatch.call(GenericAttributes.getAttribute(mapping(self), method()));
        }
    }

    @Builtin(name = "keys", params = {"self"})
    @GenerateNodeFactory
    public abstract static class KeysNode extends Forward {
        @Override
        String method() {
            return "keys";
        }
    }

    @Builtin(name = "values", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ValuesNode extends Forward {
        @Override
        String method() {
            return "values";
        }
    }

    @Builtin(name = "items", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ItemsNode extends Forward {
        @Override
        String method() {
            return "items";
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends Forward {
        @Override
        String method() {
            return "copy";
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return "mappingproxy(" + PyObjectStr.repr(mapping(self)) + ")";
        }
    }

    /** {@code proxy | other}: a new dict (the proxy itself stays read-only). */
    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOr(Object self, Object other) {
            Object o = other instanceof PMappingProxy p ? p.getMapping() : other;
            return dev.taipan.runtime.abstractops.PyNumberBinary.execute(CallDispatch.call(GenericAttributes.getAttribute(mapping(self), "copy")), o, dev.taipan.runtime.abstractops.BinaryOp.OR);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doROr(Object self, Object other) {
            return dev.taipan.runtime.abstractops.PyNumberBinary.execute(other, CallDispatch.call(GenericAttributes.getAttribute(mapping(self), "copy")), dev.taipan.runtime.abstractops.BinaryOp.OR);
        }
    }

    /** {@code proxy |= x} cannot update. */
    @Builtin(name = "__ior__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IOrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIOr(Object self, Object other) {
            throw dev.taipan.runtime.exceptions.PythonErrors.typeError("'|=' is not supported by %s; use '|' instead", dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(self));
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReversed(Object self) {
            return CallDispatch.call(dev.taipan.TaipanContext.get(null).getBuiltinClass(dev.taipan.runtime.types.BuiltinType.REVERSED), mapping(self));
        }
    }

    /** str() of a proxy is that of the mapping, like CPython's mappingproxy_str. */
    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return PyObjectStr.str(mapping(self));
        }
    }

    /** Comparisons are the mapping's: {@code type.__dict__ == {...}} compares the dicts. */
    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            return PyObjectRichCompare.compare(mapping(self), other, op());
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
