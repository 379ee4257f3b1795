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
 * The awaitables of async generator steps (async_generator_asend / async_generator_athrow): they
 * are their own iterator, driven by the awaiting coroutine with send/throw/close.
 */
public final class AsyncGenStepBuiltins {
    private AsyncGenStepBuiltins() {
    }

    static PAsyncGenAwaitable step(Object o) {
    if (o instanceof PAsyncGenAwaitable a) {
        return a;
    }
    throw PythonErrors.typeError("descriptor requires an async generator awaitable but received a '%s'", PyObjectGetClass.typeName(o));
    }


    @Builtin(name = "send", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return step(self).send(value);
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return step(self).send(PNone.NONE);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object typ, Object val, Object tb) {
            return step(self).throwInto(GeneratorBuiltins.exceptionToThrow("throw", typ, val, tb));
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            step(self).close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__await__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return step(self);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return step(self);
        }
    }
}
