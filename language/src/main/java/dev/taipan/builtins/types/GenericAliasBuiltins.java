package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PGenericAlias;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.PythonClass;
import dev.taipan.runtime.typing.Generics;

/** {@code types.GenericAlias}: what {@code list[int]} evaluates to. */
public final class GenericAliasBuiltins {
    private GenericAliasBuiltins() {
    }

    static PGenericAlias self(Object o) {
        if (o instanceof PGenericAlias a) {
            return a;
        }
        throw PythonErrors.typeError("descriptor requires a 'types.GenericAlias' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    /** {@code __class_getitem__} of the builtin generic types: {@code list[int]}. */
    @Builtin(name = "__class_getitem__", params = {"cls", "item"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClassGetItem(Object cls, Object item) {
            return Generics.alias(cls, item);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "origin", "args"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object origin, Object args) {
            PTuple tuple = args instanceof PTuple t ? t : PTuple.of(args);
            PythonClass c = (PythonClass) cls;
            return new PGenericAlias(c.isBuiltin() ? null : c, origin, tuple, false);
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class GetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetAttribute(Object self, Object name) {
            if (!(name instanceof String n)) {
                throw PythonErrors.typeError("attribute name must be string, not '%s'", PyObjectGetClass.typeName(name));
            }
            return Generics.aliasGetAttribute(self, PyObjectGetClass.get(self), n);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return Generics.aliasRepr(self(self));
        }
    }

    @Builtin(name = "__origin__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class OriginNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOrigin(Object self, Object value) {
            return self(self).origin();
        }
    }

    @Builtin(name = "__args__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doArgs(Object self, Object value) {
            return self(self).args();
        }
    }

    @Builtin(name = "__parameters__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ParametersNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doParameters(Object self, Object value) {
            PGenericAlias a = self(self);
            if (a.parameters() == null) {
                a.setParameters(Generics.parameters(a.args()));
            }
            return a.parameters();
        }
    }

    @Builtin(name = "__unpacked__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class UnpackedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doUnpacked(Object self, Object value) {
            return self(self).isStarred();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object item) {
            PGenericAlias a = self(self);
            if (a.parameters() == null) {
                a.setParameters(Generics.parameters(a.args()));
            }
            PTuple args = Generics.substitute(a, a.args(), a.parameters(), item);
            return new PGenericAlias(a.getExplicitClass(), a.origin(), args, a.isStarred());
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new dev.taipan.runtime.iterators.PGenericAliasIterator(self(self));
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCall(Object self, Object args, Object kwargs) {
            PGenericAlias a = self(self);
            Object result = FunctionBuiltins.Calls.callWithDict(a.origin(), ((PTuple) args).items(), (dev.taipan.runtime.dict.PDict) kwargs);
            if (result instanceof PythonObject po) {
                try {
                    GenericAttributes.setAttribute(po, "__orig_class__", a);
                } catch (PException e) {
                    // objects without a __dict__ just do not record it, as in CPython
                }
            }
            return result;
        }
    }

    @Builtin(name = "__mro_entries__", params = {"self", "bases"})
    @GenerateNodeFactory
    public abstract static class MroEntriesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMroEntries(Object self, Object bases) {
            return PTuple.of(self(self).origin());
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "obj"})
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object obj) {
            throw PythonErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "obj"})
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object obj) {
            throw PythonErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEq(Object self, Object other) {
            PGenericAlias a = self(self);
            if (!(other instanceof PGenericAlias b)) {
                return PNotImplemented.INSTANCE;
            }
            return a.isStarred() == b.isStarred() && PyObjectRichCompareBool.eqUncached(a.origin(), b.origin()) && PyObjectRichCompareBool.eqUncached(a.args(), b.args());
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PGenericAlias a = self(self);
            return PyObjectHash.executeUncached(a.origin()) ^ PyObjectHash.executeUncached(a.args());
        }
    }

    @Builtin(name = "__or__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOr(Object self, Object other) {
            return Generics.union(self, other);
        }
    }

    @Builtin(name = "__ror__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doROr(Object self, Object other) {
            return Generics.union(other, self);
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PGenericAlias a = self(self);
            return PTuple.of(PyObjectGetClass.get(a), PTuple.of(a.origin(), a.args()));
        }
    }
}
