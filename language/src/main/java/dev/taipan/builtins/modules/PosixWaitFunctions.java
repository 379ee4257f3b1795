package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.ChildProcess;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.thread.GlobalInterpreterLock;
import dev.taipan.runtime.types.BuiltinType;

/**
 * posix waitpid/wait and the W* macros over wait statuses, for the children fork_exec started
 * (see runtime/os/ChildProcess): a status is {@code code << 8} for an exit, the signal number
 * for a death by signal.
 */
public final class PosixWaitFunctions {
    private static final int WNOHANG = 1;

    private PosixWaitFunctions() {
    }

    static int status(Object o) {
        return (int) PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    /** (pid, status) of a child that has exited, (0, 0) with WNOHANG while it runs. */
    @TruffleBoundary
    static PTuple waitpid(long pid, int options) {
        OsState os = OsState.get();
        ChildProcess child = os.child(pid);
        if (child == null) {
            throw OsErrors.raise(Errno.ECHILD);
        }
        if ((options & WNOHANG) != 0 && !child.hasExited()) {
            return PTuple.of(0L, 0L);
        }
        int status = GlobalInterpreterLock.whileBlocked(() -> {
            try {
                return child.waitForStatus();
            } catch (InterruptedException e) {
                return Integer.MIN_VALUE;
            }
        });
        if (status == Integer.MIN_VALUE) {
            throw PythonErrors.raise(BuiltinType.KEYBOARD_INTERRUPT, "");
        }
        os.removeChild(child.pid);
        return PTuple.of(child.pid, (long) status);
    }

    @Builtin(name = "waitpid", params = {"pid", "options"})
    @GenerateNodeFactory
    public abstract static class WaitpidNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWaitpid(Object pid, Object options) {
            return waitpid(PyNumberConvert.asSize(pid, BuiltinType.OVERFLOW_ERROR), status(options));
        }
    }

    @Builtin(name = "wait")
    @GenerateNodeFactory
    public abstract static class WaitNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doWait() {
            return waitpid(-1, 0);
        }
    }

    @Builtin(name = "WIFEXITED", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WifexitedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (status(s) & 0x7f) == 0;
        }
    }

    @Builtin(name = "WEXITSTATUS", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WexitstatusNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (long) ((status(s) >> 8) & 0xff);
        }
    }

    @Builtin(name = "WIFSIGNALED", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WifsignaledNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            int sig = status(s) & 0x7f;
            return sig != 0 && sig != 0x7f;
        }
    }

    @Builtin(name = "WTERMSIG", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WtermsigNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (long) (status(s) & 0x7f);
        }
    }

    @Builtin(name = "WIFSTOPPED", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WifstoppedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (status(s) & 0xff) == 0x7f;
        }
    }

    @Builtin(name = "WSTOPSIG", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WstopsigNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (long) ((status(s) >> 8) & 0xff);
        }
    }

    @Builtin(name = "WCOREDUMP", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WcoredumpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return (status(s) & 0x80) != 0;
        }
    }

    @Builtin(name = "WIFCONTINUED", params = {"status"})
    @GenerateNodeFactory
    public abstract static class WifcontinuedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object s) {
            return status(s) == 0xffff;
        }
    }
}
