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
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PythonInstance;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.PythonClass;

/** {@code types.SimpleNamespace}. */
public final class SimpleNamespaceBuiltins {
    private SimpleNamespaceBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PythonInstance((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "mapping"}, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object mapping, PDict kwargs) {
            PDict d = GenericAttributes.getDict((PythonObject) self);
            DictBuiltins.update(d, mapping, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PythonClass cls = PyObjectGetClass.get(self);
            String name = cls.isBuiltin() ? "namespace" : cls.getName();
            if (!SequenceOps.enterRepr(self)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                DictStorage s = GenericAttributes.getDict((PythonObject) self).storage();
                boolean first = true;
                for (int i = s.next(-1); i >= 0; i = s.next(i)) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(s.keyAt(i)).append('=').append(PyObjectStr.repr(s.valueAt(i)));
                }
                return sb.append(')').toString();
            } finally {
                SequenceOps.leaveRepr(self);
            }
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            if (!(other instanceof PythonInstance o) || !PyObjectGetClass.get(o).isSubtypeOfBuiltin(dev.taipan.runtime.types.BuiltinType.SIMPLE_NAMESPACE)) {
                return PNotImplemented.INSTANCE;
            }
            return DictBuiltins.equal(GenericAttributes.getDict((PythonObject) self), GenericAttributes.getDict(o));
        }
    }
}
