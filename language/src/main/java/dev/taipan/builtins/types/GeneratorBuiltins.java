package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.Warnings;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.generator.Generators;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** Generators and coroutines: the iterator protocol, send/throw/close and introspection. */
public final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    /** The generator or coroutine (a coroutine_wrapper stands for its coroutine: it shares these methods). */
    static PGenerator self(Object o) {
        if (o instanceof PGenerator g) {
            return g;
        }
        if (o instanceof dev.taipan.runtime.generator.PCoroutineWrapper w) {
            return w.coroutine();
        }
        throw PythonErrors.typeError("descriptor requires a 'generator' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            self(self);
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNext(Object self) {
            return self(self).send(PNone.NONE);
        }
    }

    @Builtin(name = "send", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSend(Object self, Object value) {
            return self(self).send(value);
        }
    }

    /** throw(exc) or the legacy throw(type, value, tb). */
    @Builtin(name = "throw", params = {"self", "typ", "val", "tb"}, required = 2)
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doThrow(Object self, Object typ, Object val, Object tb) {
            PGenerator g = self(self);
            return g.throwInto(exceptionToThrow("throw", typ, val, tb));
        }
    }

    /** The exception of throw(exc) or the deprecated throw(type, value, tb) (also athrow()). */
    @TruffleBoundary
    static PBaseException exceptionToThrow(String method, Object typ, Object val, Object tb) {
        if (val != PNone.NO_VALUE) {
            Warnings.warn(BuiltinType.DEPRECATION_WARNING, "the (type, exc, tb) signature of " + method + "() is deprecated, use the single-arg signature instead.");
        }
        if (tb != PNone.NO_VALUE && tb != PNone.NONE && !(tb instanceof dev.taipan.runtime.frame.PTraceback)) {
            throw PythonErrors.typeError("throw() third argument must be a traceback object");
        }
        PBaseException exc;
        if (typ instanceof PBaseException e) {
            if (val != PNone.NO_VALUE && val != PNone.NONE) {
                throw PythonErrors.typeError("instance exception may not have a separate value");
            }
            exc = e;
        } else if (typ instanceof PythonClass cls && cls.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
            if (val instanceof PBaseException v && PyObjectGetClass.get(v).isSubclassOf(cls)) {
                exc = v;
            } else {
                Object inst = val == PNone.NO_VALUE || val == PNone.NONE ? CallDispatch.call(cls) : CallDispatch.call(cls, val);
                if (!(inst instanceof PBaseException e)) {
                    throw PythonErrors.typeError("calling %s should have returned an instance of BaseException, not %s", dev.taipan.runtime.abstractops.PyObjectStr.repr(cls), PyObjectGetClass.typeName(inst));
                }
                exc = e;
            }
        } else {
            throw PythonErrors.typeError("exceptions must be classes or instances deriving from BaseException, not %s", PyObjectGetClass.typeName(typ));
        }
        if (tb != PNone.NO_VALUE && tb != PNone.NONE) {
            exc.setTraceback(tb);
        }
        return exc;
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self) {
            self(self).close();
            return PNone.NONE;
        }
    }

    /** The finalizer, as the collector would run it (see Generators.finalizeGenerator). */
    @Builtin(name = "__del__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DelNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDel(Object self) {
            Generators.finalizeGenerator(self(self));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PGenerator g = self(self);
            String kind = switch (g.getKind()) {
                case GENERATOR -> "generator";
                case COROUTINE -> "coroutine";
                case ASYNC_GENERATOR -> "async_generator";
            };
            return "<" + kind + " object " + g.getQualname() + " at " + dev.taipan.runtime.objects.ObjectIds.address(g) + ">";
        }
    }

    @Builtin(name = "__name__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            PGenerator g = self(self);
            if (value == PNone.NO_VALUE) {
                return g.getName();
            }
            g.setName(nameValue(value, "__name__"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "__qualname__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doQualname(Object self, Object value) {
            PGenerator g = self(self);
            if (value == PNone.NO_VALUE) {
                return g.getQualname();
            }
            g.setQualname(nameValue(value, "__qualname__"));
            return PNone.NONE;
        }
    }

    private static String nameValue(Object value, String attribute) {
        String s = dev.taipan.runtime.strings.StrArgs.value(value);
        if (s == null) {
            throw PythonErrors.typeError("%s must be set to a string object", attribute);
        }
        return s;
    }

    abstract static class RunningNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRunning(Object self, Object value) {
            return self(self).isRunning();
        }
    }

    @Builtin(name = "gi_running", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GiRunningNode extends RunningNode {
    }

    @Builtin(name = "cr_running", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrRunningNode extends RunningNode {
    }

    abstract static class CodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCode(Object self, Object value) {
            return self(self).getCode();
        }
    }

    @Builtin(name = "ag_running", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class AgRunningNode extends RunningNode {
    }

    @Builtin(name = "ag_code", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class AgCodeNode extends CodeNode {
    }

    @Builtin(name = "ag_frame", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class AgFrameNode extends FrameNode {
    }

    @Builtin(name = "gi_code", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GiCodeNode extends CodeNode {
    }

    @Builtin(name = "cr_code", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrCodeNode extends CodeNode {
    }

    abstract static class FrameNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFrame(Object self, Object value) {
            PGenerator g = self(self);
            if (g.isFinished()) {
                return PNone.NONE;
            }
            var at = g.getFrameContinuation();
            if (at == null) {
                return new PFrame(g.getCode(), null, null, null, -1);
            }
            var loc = at.getLocation().update();   // the frame's locals follow the current tier's layout
            return dev.taipan.runtime.frame.FrameAccess.frameObject(g.getCode(), g.getSuspendedFrame(), loc.getBytecodeNode(), loc.getBytecodeIndex());
        }
    }

    @Builtin(name = "gi_frame", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GiFrameNode extends FrameNode {
    }

    @Builtin(name = "cr_frame", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrFrameNode extends FrameNode {
    }

    abstract static class YieldFromNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doYieldFrom(Object self, Object value) {
            Object y = self(self).getYieldFrom();
            return y == null ? PNone.NONE : y;
        }
    }

    @Builtin(name = "gi_yieldfrom", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GiYieldFromNode extends YieldFromNode {
    }

    @Builtin(name = "cr_await", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrAwaitNode extends YieldFromNode {
    }

    @Builtin(name = "ag_await", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class AgAwaitNode extends YieldFromNode {
    }

    abstract static class SuspendedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSuspended(Object self, Object value) {
            PGenerator g = self(self);
            return g.isStarted() && !g.isFinished() && !g.isRunning();
        }
    }

    @Builtin(name = "gi_suspended", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class GiSuspendedNode extends SuspendedNode {
    }

    @Builtin(name = "cr_suspended", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrSuspendedNode extends SuspendedNode {
    }

    @Builtin(name = "ag_suspended", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class AgSuspendedNode extends SuspendedNode {
    }

    /** cr_origin: where the coroutine was created, only tracked under sys.set_coroutine_origin_tracking_depth. */
    @Builtin(name = "cr_origin", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CrOriginNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOrigin(Object self, Object value) {
            return PNone.NONE;
        }
    }

    /** Coroutines are awaitable: {@code __await__} returns an iterator driving the coroutine. */
    @Builtin(name = "__await__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAwait(Object self) {
            return new dev.taipan.runtime.generator.PCoroutineWrapper(self(self));
        }
    }
}
