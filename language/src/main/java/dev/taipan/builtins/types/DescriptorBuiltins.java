package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.NativeDescriptor;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code member_descriptor} and {@code getset_descriptor}: the descriptor protocol called from
 * Python ({@code C.x.__get__(obj)}), names and reprs.
 */
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    static NativeDescriptor self(Object o) {
        if (o instanceof NativeDescriptor d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a descriptor object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static String ownerName(NativeDescriptor d) {
        return d.getOwner() == null ? "?" : d.getOwner().getTpName();
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            NativeDescriptor d = self(self);
            if (instance == PNone.NONE) {
                if (owner == PNone.NO_VALUE || owner == PNone.NONE) {
                    throw PythonErrors.typeError("__get__(None, None) is invalid");
                }
                return self;
            }
            return Descriptors.get(self, instance, owner instanceof PythonClass c ? c : PyObjectGetClass.get(instance));
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value"})
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSet(Object self, Object instance, Object value) {
            self(self);
            Descriptors.set(self, instance, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelete(Object self, Object instance) {
            self(self);
            Descriptors.set(self, instance, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            NativeDescriptor d = self(self);
            String kind = ((PythonObject) d).builtinType() == BuiltinType.GETSET_DESCRIPTOR ? "attribute" : "member";
            return "<" + kind + " '" + d.getName() + "' of '" + ownerName(d) + "' objects>";
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return self(self).getName();
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doQualname(Object self, Object value) {
            NativeDescriptor d = self(self);
            return d.getOwner() == null ? d.getName() : d.getOwner().getQualname() + "." + d.getName();
        }
    }

    @Builtin(name = "__objclass__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ObjclassNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doObjclass(Object self, Object value) {
            NativeDescriptor d = self(self);
            return d.getOwner() == null ? PNone.NONE : d.getOwner();
        }
    }
}
