package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.generator.PCoroutineWrapper;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.objects.PNone;

/** {@code coroutine_wrapper}: the iterator protocol and send/throw/close of the wrapped coroutine. */
public final class CoroutineWrapperBuiltins {
    private CoroutineWrapperBuiltins() {
    }

    static PGenerator coroutine(Object o) {
        if (o instanceof PCoroutineWrapper w) {
            return w.coroutine();
        }
        throw PythonErrors.typeError("descriptor requires a 'coroutine_wrapper' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            coroutine(self);
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNext(Object self) {
            return coroutine(self).send(PNone.NONE);
        }
    }

    @Builtin(name = "send", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSend(Object self, Object value) {
            return coroutine(self).send(value);
        }
    }

    @Builtin(name = "throw", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doThrow(Object self, Object typ, Object val, Object tb) {
            return coroutine(self).throwInto(GeneratorBuiltins.exceptionToThrow(typ, val, tb));
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self) {
            coroutine(self).close();
            return PNone.NONE;
        }
    }
}
