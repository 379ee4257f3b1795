package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

    /**
     * The generator, after its first use by __anext__/asend/athrow/aclose has run the thread's
     * sys.set_asyncgen_hooks firstiter hook on it (asyncio tracks its async generators this way
     * to close them at loop shutdown) and kept the finalizer hook, as CPython does.
     */
    @TruffleBoundary
    static PGenerator started(Object o) {
        PGenerator g = self(o);
        if (!g.asyncgenHooksInitialized()) {
            var ctx = dev.taipan.TaipanContext.get(null);
            var ts = ctx.getThreadState();
            g.initAsyncgenHooks(ts.getAsyncgenFinalizer(), ctx.getFinalization());
            Object firstiter = ts.getAsyncgenFirstiter();
            if (firstiter != null) {
                dev.taipan.runtime.function.CallDispatch.call(firstiter, g);
            }
        }
        return g;
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
            return new PAsyncGenAwaitable(started(self), PAsyncGenAwaitable.Mode.SEND, PNone.NONE);
        }
    }

    @Builtin(name = "asend", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ASendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return new PAsyncGenAwaitable(started(self), PAsyncGenAwaitable.Mode.SEND, value);
        }
    }

    @Builtin(name = "athrow", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class AThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object typ, Object val, Object tb) {
            return new PAsyncGenAwaitable(started(self), PAsyncGenAwaitable.Mode.THROW, GeneratorBuiltins.exceptionToThrow("athrow", typ, val, tb));
        }
    }

    @Builtin(name = "aclose", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ACloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PAsyncGenAwaitable(started(self), PAsyncGenAwaitable.Mode.CLOSE, PythonErrors.createException(BuiltinType.GENERATOR_EXIT, null));
        }
    }
}
