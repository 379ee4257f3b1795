package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanLanguage;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.ExceptionFormatting;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** The {@code sys} module (its data attributes are filled by {@link SysModuleSetup}). */
public final class SysModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "sys";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(SysModuleFactory::getFactories, SysHookFunctionsFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        SysModuleSetup.initialize(ctx, m);
    }

    @Builtin(name = "exit", params = {"status"}, required = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExit(Object status) {
            Object arg = status == PNone.NO_VALUE ? PNone.NONE : status;
            throw PythonErrors.raise((PBaseException) CallDispatch.call(TaipanContext.get(null).getBuiltinClass(BuiltinType.SYSTEM_EXIT), arg));
        }
    }

    @Builtin(name = "get_int_max_str_digits")
    @GenerateNodeFactory
    public abstract static class GetIntMaxStrDigitsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return (long) TaipanContext.get(null).getIntMaxStrDigits();
        }
    }

    @Builtin(name = "set_int_max_str_digits", params = {"maxdigits"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class SetIntMaxStrDigitsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object maxdigits) {
            long n = dev.taipan.runtime.abstractops.PyNumberConvert.asSize(maxdigits, dev.taipan.runtime.types.BuiltinType.OVERFLOW_ERROR);
            if (n != 0 && n < dev.taipan.runtime.numbers.IntMath.MAX_STR_DIGITS_THRESHOLD) {
                throw dev.taipan.runtime.exceptions.PythonErrors.valueError("maxdigits must be 0 or larger than %d", dev.taipan.runtime.numbers.IntMath.MAX_STR_DIGITS_THRESHOLD);
            }
            TaipanContext.get(null).setIntMaxStrDigits((int) Math.min(n, Integer.MAX_VALUE));
            return dev.taipan.runtime.objects.PNone.NONE;
        }
    }

    @Builtin(name = "getrecursionlimit")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return (long) TaipanContext.get(null).getThreadState().getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", params = {"limit"})
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object limit) {
            if (!(limit instanceof Long) && !(limit instanceof java.math.BigInteger)) {
                throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(limit));
            }
            long l = PyNumberConvert.asSize(limit, BuiltinType.OVERFLOW_ERROR);
            if (l < 1) {
                throw PythonErrors.valueError("recursion limit must be greater or equal than 1");
            }
            TaipanContext.get(null).getThreadState().setRecursionLimit((int) Math.min(l, Integer.MAX_VALUE));
            return PNone.NONE;
        }
    }

    @Builtin(name = "exc_info")
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doExcInfo(VirtualFrame frame) {
            PBaseException e = TaipanContext.get(null).getThreadState().getHandledException();
            if (e == null) {
                return PTuple.of(PNone.NONE, PNone.NONE, PNone.NONE);
            }
            return PTuple.of(PyObjectGetClass.get(e), e, e.getTraceback() == null ? PNone.NONE : e.getTraceback());
        }
    }

    @Builtin(name = "exception")
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doException(VirtualFrame frame) {
            PBaseException e = TaipanContext.get(null).getThreadState().getHandledException();
            return e == null ? PNone.NONE : e;
        }
    }

    @Builtin(name = "_getframe", params = {"depth"}, required = 0)
    @GenerateNodeFactory
    public abstract static class GetFrameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetFrame(Object depth) {
            int d = depth == PNone.NO_VALUE ? 0 : PyNumberConvert.asInt(depth);
            PFrame f = FrameAccess.getFrame(d);
            if (f == null) {
                throw PythonErrors.valueError("call stack is not deep enough");
            }
            return f;
        }
    }

    @Builtin(name = "displayhook", params = {"value"})
    @GenerateNodeFactory
    public abstract static class DisplayHookNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDisplay(Object value) {
            if (value == PNone.NONE) {
                return PNone.NONE;
            }
            TaipanContext ctx = TaipanContext.get(null);
            ctx.getBuiltinsModule().setAttribute("_", PNone.NONE);
            Object out = ctx.getSysModule().getAttribute("stdout");
            if (out == null || out == PNone.NONE) {
                throw PythonErrors.runtimeError("lost sys.stdout");
            }
            Printing.write(out, PyObjectStr.repr(value) + "\n");
            ctx.getBuiltinsModule().setAttribute("_", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "excepthook", params = {"type", "value", "traceback"})
    @GenerateNodeFactory
    public abstract static class ExceptHookNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHook(Object type, Object value, Object tb) {
            TaipanContext ctx = TaipanContext.get(null);
            Object err = ctx.getSysModule().getAttribute("stderr");
            String text;
            if (value instanceof PBaseException e) {
                text = ExceptionFormatting.format(e);
            } else {
                text = "TypeError: print_exception(): Exception expected for value, " + PyObjectGetClass.typeName(value) + " found\n";
            }
            Printing.write(err, text);
            Printing.flush(err);
            return PNone.NONE;
        }
    }

    @Builtin(name = "intern", params = {"string"})
    @GenerateNodeFactory
    public abstract static class InternNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIntern(Object s) {
            if (!(s instanceof String str)) {
                // a str subclass instance cannot be interned either
                throw PyObjectGetClass.get(s).isSubtypeOfBuiltin(BuiltinType.STR) ? PythonErrors.typeError("can't intern %s", PyObjectGetClass.typeName(s))
                                : PythonErrors.typeError("intern() argument must be str, not %s", PyObjectGetClass.typeName(s));
            }
            return str.intern();
        }
    }

    @Builtin(name = "getdefaultencoding")
    @GenerateNodeFactory
    public abstract static class GetDefaultEncodingNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencoding")
    @GenerateNodeFactory
    public abstract static class GetFsEncodingNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return "utf-8";
        }
    }

    @Builtin(name = "getfilesystemencodeerrors")
    @GenerateNodeFactory
    public abstract static class GetFsEncodeErrorsNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet(VirtualFrame frame) {
            return "surrogateescape";
        }
    }

    /** No audit hooks can be installed yet, so auditing events is a no-op. */
    @Builtin(name = "audit", params = {"event"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class AuditNode extends dev.taipan.builtins.PythonBinaryBuiltinNode {
        @Specialization
        static Object doAudit(Object event, Object args) {
            if (!(event instanceof String)) {
                throw PythonErrors.typeError("expected str for argument 'event', not %s", PyObjectGetClass.typeName(event));
            }
            return dev.taipan.runtime.objects.PNone.NONE;
        }
    }

    static String version() {
        return TaipanLanguage.PYTHON_VERSION;
    }
}
