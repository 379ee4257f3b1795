package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PGenericAlias;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PUnionType;
import dev.taipan.runtime.set.PSet;
import dev.taipan.runtime.set.SetStorage;
import dev.taipan.runtime.typing.Generics;

/** {@code types.UnionType}: {@code int | str}, usable with isinstance and issubclass. */
public final class UnionTypeBuiltins {
    private UnionTypeBuiltins() {
    }

    static PUnionType self(Object o) {
        if (o instanceof PUnionType u) {
            return u;
        }
        throw PythonErrors.typeError("descriptor requires a 'types.UnionType' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return Generics.unionRepr(self(self));
        }
    }

    @Builtin(name = "__args__", params = {"self", "value"}, isGetter = true, isMember = true)
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
        static Object doParameters(Object self, Object value) {
            PUnionType u = self(self);
            if (u.parameters() == null) {
                u.setParameters(Generics.parameters(u.args()));
            }
            return u.parameters();
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object item) {
            PUnionType u = self(self);
            if (u.parameters() == null) {
                u.setParameters(Generics.parameters(u.args()));
            }
            PTuple args = Generics.substitute(u, u.args(), u.parameters(), item);
            Object result = args.get(0);
            for (int i = 1; i < args.size(); i++) {
                result = Generics.union(result, args.get(i));
            }
            return result;
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

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PUnionType o)) {
                return PNotImplemented.INSTANCE;
            }
            return members(self(self)).size() == members(o).size() && dev.taipan.runtime.set.SetOps.isSubset(members(self(self)), members(o));
        }
    }

    static SetStorage members(PUnionType u) {
        SetStorage s = new SetStorage();
        for (Object a : u.args().items()) {
            s.add(a);
        }
        return s;
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.executeUncached(new PSet(members(self(self)), true));
        }
    }

    @Builtin(name = "__instancecheck__", params = {"self", "obj"})
    @GenerateNodeFactory
    public abstract static class InstanceCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCheck(Object self, Object obj) {
            for (Object a : self(self).args().items()) {
                if (a instanceof PGenericAlias) {
                    throw PythonErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
                if (PyObjectIsInstance.isInstance(obj, a)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__subclasscheck__", params = {"self", "cls"})
    @GenerateNodeFactory
    public abstract static class SubclassCheckNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCheck(Object self, Object cls) {
            for (Object a : self(self).args().items()) {
                if (a instanceof PGenericAlias) {
                    throw PythonErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                }
                if (PyObjectIsInstance.isSubclass(cls, a)) {
                    return true;
                }
            }
            return false;
        }
    }
}
