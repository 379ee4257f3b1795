package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PEllipsis;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/**
 * What None, NotImplemented and Ellipsis share: calling their type returns the one instance,
 * and the last two pickle by name.
 */
public final class SingletonBuiltins {
    private SingletonBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            if ((args instanceof PTuple t && t.size() > 0) || (kwargs instanceof PDict d && d.size() > 0)) {
                throw PythonErrors.typeError("%s takes no arguments", c.getName());
            }
            return switch (c.getBuiltinType()) {
                case NOT_IMPLEMENTED_TYPE -> PNotImplemented.INSTANCE;
                case ELLIPSIS_TYPE -> PEllipsis.INSTANCE;
                default -> PNone.NONE;
            };
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            return self instanceof PEllipsis ? "Ellipsis" : "NotImplemented";
        }
    }
}
