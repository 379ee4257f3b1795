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
}
