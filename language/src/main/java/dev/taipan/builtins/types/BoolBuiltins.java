package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;

/** {@code bool}: True and False. */
public final class BoolBuiltins {
    private BoolBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "x"}, required = 1, isStaticmethod = true, checkPositional = "bool")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object x) {
            return x != PNone.NO_VALUE && PyObjectIsTrue.execute(x);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            if (self instanceof Boolean b) {
                return b ? "True" : "False";
            }
            throw PythonErrors.typeError("descriptor '__repr__' requires a 'bool' object");
        }
    }
}
