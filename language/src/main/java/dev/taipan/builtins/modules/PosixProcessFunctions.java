package dev.taipan.builtins.modules;

import java.security.SecureRandom;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.os.PathArgs;
import dev.taipan.runtime.os.ProcInfo;
import dev.taipan.runtime.types.BuiltinType;

/** posix functions about the process: ids, environment, times, uname, umask, exit, kill, urandom. */
public final class PosixProcessFunctions {
    private PosixProcessFunctions() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Builtin(name = "getpid")
    @GenerateNodeFactory
    public abstract static class GetpidNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetpid() {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "getppid")
    @GenerateNodeFactory
    public abstract static class GetppidNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetppid() {
            return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        }
    }

    @Builtin(name = "getuid")
    @GenerateNodeFactory
    public abstract static class GetuidNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGetuid() {
            return ProcInfo.id("Uid", 0, 0);
        }
    }

    @Builtin(name = "geteuid")
    @GenerateNodeFactory
    public abstract static class GeteuidNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGeteuid() {
            return ProcInfo.id("Uid", 1, 0);
        }
    }

    @Builtin(name = "getgid")
    @GenerateNodeFactory
    public abstract static class GetgidNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGetgid() {
            return ProcInfo.id("Gid", 0, 0);
        }
    }

    @Builtin(name = "getegid")
    @GenerateNodeFactory
    public abstract static class GetegidNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGetegid() {
            return ProcInfo.id("Gid", 1, 0);
        }
    }

    @Builtin(name = "getlogin")
    @GenerateNodeFactory
    public abstract static class GetloginNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetlogin() {
            String u = System.getProperty("user.name");
            if (u == null || u.isEmpty() || u.equals("?")) {
                throw OsErrors.raise(6);
            }
            return u;
        }
    }

    @Builtin(name = "urandom", params = {"size"})
    @GenerateNodeFactory
    public abstract static class UrandomNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUrandom(Object size) {
            long n = PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw PythonErrors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            RANDOM.nextBytes(b);
            return new PBytes(b);
        }
    }

    @Builtin(name = "strerror", params = {"code"})
    @GenerateNodeFactory
    public abstract static class StrerrorNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStrerror(Object code) {
            return Errno.message((int) PyNumberConvert.asSize(code, BuiltinType.OVERFLOW_ERROR));
        }
    }

    @Builtin(name = "cpu_count")
    @GenerateNodeFactory
    public abstract static class CpuCountNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCpuCount() {
            return (long) Runtime.getRuntime().availableProcessors();
        }
    }

    @Builtin(name = "times")
    @GenerateNodeFactory
    public abstract static class TimesNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTimes() {
            long[] t = ProcInfo.cpuTicks();
            double hz = 100.0;
            double elapsed = System.nanoTime() / 1e9;
            String[] fields = {"user", "system", "children_user", "children_system", "elapsed"};
            var type = OsState.get().structType("posix.times_result", fields, 5);
            if (t == null) {
                return StructSequence.create(type, 0.0, 0.0, 0.0, 0.0, elapsed);
            }
            return StructSequence.create(type, t[0] / hz, t[1] / hz, t[2] / hz, t[3] / hz, elapsed);
        }
    }

    @Builtin(name = "uname")
    @GenerateNodeFactory
    public abstract static class UnameNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUname() {
            String[] fields = {"sysname", "nodename", "release", "version", "machine"};
            var type = OsState.get().structType("posix.uname_result", fields, 5);
            String arch = System.getProperty("os.arch");
            String machine = switch (arch) {
                case "amd64" -> "x86_64";
                case "arm64" -> "aarch64";
                default -> arch;
            };
            return StructSequence.create(type, ProcInfo.read("/proc/sys/kernel/ostype", System.getProperty("os.name")),
                            ProcInfo.read("/proc/sys/kernel/hostname", "localhost"), ProcInfo.read("/proc/sys/kernel/osrelease", System.getProperty("os.version")),
                            ProcInfo.read("/proc/sys/kernel/version", ""), machine);
        }
    }

    @Builtin(name = "umask", params = {"mask"})
    @GenerateNodeFactory
    public abstract static class UmaskNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doUmask(Object mask) {
            return (long) OsState.get().umask((int) PyNumberConvert.asSize(mask, BuiltinType.OVERFLOW_ERROR));
        }
    }

    @Builtin(name = "_exit", params = {"status"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExit(Object status) {
            Runtime.getRuntime().halt((int) PyNumberConvert.asSize(status, BuiltinType.OVERFLOW_ERROR));
            return PNone.NONE;
        }
    }

    @Builtin(name = "kill", params = {"pid", "signal"})
    @GenerateNodeFactory
    public abstract static class KillNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doKill(Object pidObj, Object sigObj) {
            long pid = PyNumberConvert.asSize(pidObj, BuiltinType.OVERFLOW_ERROR);
            int sig = (int) PyNumberConvert.asSize(sigObj, BuiltinType.OVERFLOW_ERROR);
            if (pid == ProcessHandle.current().pid()) {
                if (sig == 0) {
                    return PNone.NONE;
                }
                TaipanContext.get(null).flushStandardStreams();
                Runtime.getRuntime().halt(128 + sig);
            }
            var child = pid > 0 ? OsState.get().child(pid) : null;
            if (child != null && child.process() == null) {
                return PNone.NONE;   // a child whose exec failed has already exited
            }
            if (child != null && sig != 0) {
                child.signalled(sig);
            }
            var h = ProcessHandle.of(pid);
            if (h.isEmpty()) {
                throw OsErrors.raise(Errno.ESRCH);
            }
            if (sig == 9) {
                h.get().destroyForcibly();
            } else if (sig != 0) {
                h.get().destroy();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "putenv", params = {"name", "value"})
    @GenerateNodeFactory
    public abstract static class PutenvNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPutenv(Object name, Object value) {
            String n = PathArgs.toJava(name, "putenv", "name");
            String v = PathArgs.toJava(value, "putenv", "value");
            if (n.isEmpty() || n.indexOf('=') >= 0) {
                throw PythonErrors.valueError("illegal environment variable name");
            }
            // the JVM cannot change its own environment: the context keeps the change (time.tzset
            // reads TZ there), and child processes get os.environ
            dev.taipan.TaipanContext.get(null).setenv(n, v);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unsetenv", params = {"name"})
    @GenerateNodeFactory
    public abstract static class UnsetenvNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUnsetenv(Object name) {
            String n = PathArgs.toJava(name, "unsetenv", "name");
            if (n.isEmpty() || n.indexOf('=') >= 0) {
                throw PythonErrors.valueError("illegal environment variable name");
            }
            dev.taipan.TaipanContext.get(null).setenv(n, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "waitstatus_to_exitcode", params = {"status"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class WaitstatusNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWaitstatus(Object status) {
            long s = PyNumberConvert.asSize(status, BuiltinType.OVERFLOW_ERROR);
            if ((s & 0x7f) == 0) {
                return (s >> 8) & 0xff;
            }
            return -(s & 0x7f);
        }
    }
}
