package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.thread.PLock;
import dev.taipan.runtime.thread.ThreadIds;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code _thread}: threads (see runtime/thread/PythonThreads and the GIL), locks and thread identity.
 */
public final class ThreadModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(ThreadModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("LockType", ctx.getBuiltinClass(BuiltinType.LOCK));
        m.setAttribute("lock", ctx.getBuiltinClass(BuiltinType.LOCK));
        m.setAttribute("RLock", ctx.getBuiltinClass(BuiltinType.RLOCK));
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.RUNTIME_ERROR));
        // CPython's PY_TIMEOUT_MAX / 1e6 on 64-bit Linux
        m.setAttribute("TIMEOUT_MAX", 9223372036.0);
    }

    @Builtin(name = "allocate_lock")
    @GenerateNodeFactory
    public abstract static class AllocateLockNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return new PLock(TaipanContext.get(null).getBuiltinClass(BuiltinType.LOCK), false);
        }
    }

    @Builtin(name = "get_ident")
    @GenerateNodeFactory
    public abstract static class GetIdentNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return ThreadIds.current();
        }
    }

    @Builtin(name = "get_native_id")
    @GenerateNodeFactory
    public abstract static class GetNativeIdNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "_count")
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return (long) dev.taipan.runtime.thread.PythonThreads.count(TaipanContext.get(null));
        }
    }

    @Builtin(name = "daemon_threads_allowed")
    @GenerateNodeFactory
    public abstract static class DaemonThreadsAllowedNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return true;
        }
    }

    @Builtin(name = "_is_main_interpreter")
    @GenerateNodeFactory
    public abstract static class IsMainInterpreterNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return true;
        }
    }

    /** A lock the thread machinery releases when the thread state goes away. */
    @Builtin(name = "_set_sentinel")
    @GenerateNodeFactory
    public abstract static class SetSentinelNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            PLock sentinel = new PLock(TaipanContext.get(null).getBuiltinClass(BuiltinType.LOCK), false);
            TaipanContext.get(null).getThreadState().setSentinel(sentinel);
            return sentinel;
        }
    }

    @Builtin(name = "stack_size", params = {"size"}, required = 0)
    @GenerateNodeFactory
    public abstract static class StackSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object size) {
            if (size != PNone.NO_VALUE && PyNumberConvert.asSize(size, null) != 0) {
                long s = PyNumberConvert.asSize(size, null);
                if (s < 32768) {
                    throw PythonErrors.valueError("size not valid: %d bytes", s);
                }
            }
            return 0L;
        }
    }

    @Builtin(name = "start_new_thread", params = {"function", "args", "kwargs"}, required = 2)
    @GenerateNodeFactory
    public abstract static class StartNewThreadNode extends PythonTernaryBuiltinNode {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static Object doIt(Object function, Object args, Object kwargs) {
            if (dev.taipan.runtime.abstractops.PyObjectGetClass.get(function).lookup("__call__") == null) {
                throw PythonErrors.typeError("first arg must be callable");
            }
            if (!(args instanceof dev.taipan.runtime.objects.PTuple t)) {
                throw PythonErrors.typeError("2nd arg must be a tuple");
            }
            if (kwargs != PNone.NO_VALUE && !(kwargs instanceof dev.taipan.runtime.dict.PDict)) {
                throw PythonErrors.typeError("optional 3rd arg must be a dictionary");
            }
            return dev.taipan.runtime.thread.PythonThreads.start(TaipanContext.get(null), function, t.items(), kwargs == PNone.NO_VALUE ? null : kwargs);
        }
    }

    @Builtin(name = "interrupt_main", params = {"signum"}, required = 0)
    @GenerateNodeFactory
    public abstract static class InterruptMainNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object signum) {
            throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
        }
    }
}
