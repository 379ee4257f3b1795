package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;

/**
 * sys functions that asyncio and threading set up: the async generator hooks (called by the async
 * generator builtins on first iteration), the coroutine origin tracking depth, the GIL's switch
 * interval and is_finalizing.
 */
public final class SysHookFunctions {
    private SysHookFunctions() {
    }

    private static ThreadState state() {
        return TaipanContext.get(null).getThreadState();
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    @Builtin(name = "get_asyncgen_hooks")
    @GenerateNodeFactory
    public abstract static class GetAsyncgenHooksNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet() {
            ThreadState ts = state();
            // the struct type lives in the context's struct-type cache (kept by OsState)
            var type = OsState.get().structType("asyncgen_hooks", new String[]{"firstiter", "finalizer"}, 2);
            return StructSequence.create(type, orNone(ts.getAsyncgenFirstiter()), orNone(ts.getAsyncgenFinalizer()));
        }
    }

    @Builtin(name = "set_asyncgen_hooks", params = {"firstiter", "finalizer"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class SetAsyncgenHooksNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSet(Object firstiter, Object finalizer) {
            ThreadState ts = state();
            Object first = hook(firstiter, "firstiter", ts.getAsyncgenFirstiter());
            Object fin = hook(finalizer, "finalizer", ts.getAsyncgenFinalizer());
            ts.setAsyncgenHooks(first, fin);
            return PNone.NONE;
        }

        /** The new hook: unchanged when not passed, null for None, else a callable. */
        private static Object hook(Object arg, String name, Object current) {
            if (arg == PNone.NO_VALUE) {
                return current;
            }
            if (arg == PNone.NONE) {
                return null;
            }
            if (PyObjectGetClass.get(arg).lookup("__call__") == null) {
                throw PythonErrors.typeError("callable %s expected, got %s", name, PyObjectGetClass.typeName(arg));
            }
            return arg;
        }
    }

    @Builtin(name = "get_coroutine_origin_tracking_depth")
    @GenerateNodeFactory
    public abstract static class GetOriginDepthNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return (long) state().getCoroutineOriginTrackingDepth();
        }
    }

    @Builtin(name = "set_coroutine_origin_tracking_depth", params = {"depth"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class SetOriginDepthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object depth) {
            long d = PyNumberConvert.asSize(depth, BuiltinType.OVERFLOW_ERROR);
            if (d < 0) {
                throw PythonErrors.valueError("depth must be >= 0");
            }
            state().setCoroutineOriginTrackingDepth((int) Math.min(d, Integer.MAX_VALUE));
            return PNone.NONE;
        }
    }

    @Builtin(name = "getswitchinterval")
    @GenerateNodeFactory
    public abstract static class GetSwitchIntervalNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return TaipanContext.get(null).getGil().switchInterval();
        }
    }

    @Builtin(name = "setswitchinterval", params = {"interval"})
    @GenerateNodeFactory
    public abstract static class SetSwitchIntervalNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSet(Object interval) {
            double s = PyNumberConvert.asDouble(interval);
            if (!(s > 0)) {
                throw PythonErrors.valueError("switch interval must be strictly positive");
            }
            TaipanContext.get(null).getGil().setSwitchInterval(s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "is_finalizing")
    @GenerateNodeFactory
    public abstract static class IsFinalizingNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return TaipanContext.get(null).isFinalizing();
        }
    }

    /** The default sys.unraisablehook: prints "{err_msg}: {object!r}" and the traceback. */
    @Builtin(name = "unraisablehook", params = {"unraisable"})
    @GenerateNodeFactory
    public abstract static class UnraisableHookNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doHook(Object u) {
            Object msg = dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(u, "err_msg");
            Object obj = dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(u, "object");
            Object value = dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(u, "exc_value");
            if (value instanceof dev.taipan.runtime.exceptions.PBaseException exc) {
                String prefix = msg == PNone.NONE ? "Exception ignored in" : dev.taipan.runtime.abstractops.PyObjectStr.str(msg);
                dev.taipan.runtime.exceptions.Unraisable.writeDefault(prefix, obj, exc);
            }
            return PNone.NONE;
        }
    }

    /** sys.getsizeof: type(obj).__sizeof__(obj), plus the GC header CPython counts for GC types. */
    @Builtin(name = "getsizeof", params = {"object", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class GetSizeOfNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGet(Object obj, Object dflt) {
            var cls = PyObjectGetClass.get(obj);
            Object method = cls.lookup("__sizeof__");
            Object size;
            try {
                if (method == null) {
                    throw PythonErrors.typeError("Type %s doesn't define __sizeof__", cls.getName());
                }
                size = dev.taipan.runtime.function.CallDispatch.callMethod(method, obj);
            } catch (dev.taipan.runtime.exceptions.PException e) {
                if (dflt != PNone.NO_VALUE && e.getPythonException() != null && PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR)) {
                    return dflt;
                }
                throw e;
            }
            long n = PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw PythonErrors.valueError("__sizeof__() should return >= 0");
            }
            Object flags = dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(cls, "__flags__");
            if (flags instanceof Long f && (f & dev.taipan.runtime.types.TypeLayout.HAVE_GC) != 0) {
                n += 16;
            }
            return n;
        }
    }

    @Builtin(name = "settrace", params = {"function"})
    @GenerateNodeFactory
    public abstract static class SetTraceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object function) {
            dev.taipan.runtime.trace.Tracing.setTrace(function);
            return PNone.NONE;
        }
    }

    @Builtin(name = "gettrace")
    @GenerateNodeFactory
    public abstract static class GetTraceNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return dev.taipan.runtime.trace.Tracing.getTrace();
        }
    }

    @Builtin(name = "setprofile", params = {"function"})
    @GenerateNodeFactory
    public abstract static class SetProfileNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object function) {
            dev.taipan.runtime.trace.Tracing.setProfile(function);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getprofile")
    @GenerateNodeFactory
    public abstract static class GetProfileNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return dev.taipan.runtime.trace.Tracing.getProfile();
        }
    }
}
