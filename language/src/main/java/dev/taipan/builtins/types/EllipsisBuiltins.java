package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonUnaryBuiltinNode;

/** The methods of ellipsis. */
public final class EllipsisBuiltins {
    private EllipsisBuiltins() {
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return "Ellipsis";
        }
    }
}
