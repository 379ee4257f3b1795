package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonUnaryBuiltinNode;

/** The methods of NotImplementedType. */
public final class NotImplementedBuiltins {
    private NotImplementedBuiltins() {
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return "NotImplemented";
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @com.oracle.truffle.api.dsl.GenerateNodeFactory
    public abstract static class BoolNode extends dev.taipan.builtins.PythonUnaryBuiltinNode {
        @com.oracle.truffle.api.dsl.Specialization
        static Object doBool(Object self) {
            return true;   // CPython 3.11 also warns (DeprecationWarning); its truth is still True
        }
    }
}
