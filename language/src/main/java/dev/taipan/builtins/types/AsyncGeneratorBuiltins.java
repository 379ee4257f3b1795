package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.generator.PAsyncGenAwaitable;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Async generators' protocol (PEP 525): {@code __aiter__}, and {@code __anext__}, {@code asend},
 * {@code athrow} and {@code aclose} returning awaitables that drive the generator one step.
 */
public final class AsyncGeneratorBuiltins {
    private AsyncGeneratorBuiltins() {
    }

    static PGenerator self(Object o) {
        if (o instanceof PGenerator g && g.getKind() == PGenerator.Kind.ASYNC_GENERATOR) {
            return g;
        }
        throw PythonErrors.typeError("descriptor requires a 'async_generator' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__aiter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AIterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return self(self);
        }
    }

    @Builtin(name = "__anext__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ANextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PAsyncGenAwaitable(self(self), PAsyncGenAwaitable.Mode.SEND, PNone.NONE);
        }
    }

    @Builtin(name = "asend", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ASendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return new PAsyncGenAwaitable(self(self), PAsyncGenAwaitable.Mode.SEND, value);
        }
    }

    @Builtin(name = "athrow", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class AThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object typ, Object val, Object tb) {
            return new PAsyncGenAwaitable(self(self), PAsyncGenAwaitable.Mode.THROW, GeneratorBuiltins.exceptionToThrow(typ, val, tb));
        }
    }

    @Builtin(name = "aclose", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ACloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PAsyncGenAwaitable(self(self), PAsyncGenAwaitable.Mode.CLOSE, PythonErrors.createException(BuiltinType.GENERATOR_EXIT, null));
        }
    }
}
