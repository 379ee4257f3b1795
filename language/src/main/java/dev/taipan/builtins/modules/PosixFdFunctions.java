package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.FileStat;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;

/** posix functions on integer file descriptors. */
public final class PosixFdFunctions {
    private PosixFdFunctions() {
    }

    static long fd(Object o) {
        if (o instanceof Double) {
            throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    static OpenFile file(long fd) {
        try {
            return OsState.get().require(fd);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
    }

    @TruffleBoundary
    static Object fstat(long fd) {
        OpenFile f = file(fd);
        if (f instanceof dev.taipan.runtime.os.PipeEnd) {
            return FileStat.forStream(0010600L);   // S_IFIFO, rw-------
        }
        if (f.path == null) {
            return FileStat.forStream();
        }
        return FileStat.stat(f.path, true, null);
    }

    @TruffleBoundary
    static Object ftruncate(long fd, long n) {
        try {
            file(fd).truncate(n);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
        return PNone.NONE;
    }

    @Builtin(name = "open", params = {"path", "flags", "mode"}, posOnly = 0, required = 2, kwOnly = {"dir_fd"})
    @GenerateNodeFactory
    public abstract static class OpenNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doOpen(Object p, Object flags, Object mode, Object dirFd) {
            var path = PosixFileFunctions.path(p, dirFd, "open", "path");
            int fl = (int) PyNumberConvert.asSize(flags, BuiltinType.OVERFLOW_ERROR);
            int m = mode == PNone.NO_VALUE ? 0777 : (int) PyNumberConvert.asSize(mode, BuiltinType.OVERFLOW_ERROR);
            try {
                return (long) OsState.get().open(path, fl, m);
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno, p);
            }
        }
    }

    @Builtin(name = "close", params = {"fd"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doClose(Object fd) {
            try {
                OsState.get().close(fd(fd));
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "closerange", params = {"fd_low", "fd_high"})
    @GenerateNodeFactory
    public abstract static class CloserangeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCloserange(Object lo, Object hi) {
            for (long i = fd(lo); i < Math.min(fd(hi), 65536); i++) {
                try {
                    if (OsState.get().get((int) i) != null) {
                        OsState.get().close(i);
                    }
                } catch (OpenFile.OsFailure e) {
                    // closerange ignores errors
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"fd", "length"})
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRead(Object fdObj, Object length) {
            long n = PyNumberConvert.asSize(length, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw OsErrors.raise(Errno.EINVAL);
            }
            OpenFile f = file(fd(fdObj));
            byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            try {
                int got = f.read(buf, 0, buf.length);
                return new PBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
        }
    }

    @Builtin(name = "write", params = {"fd", "data"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doWrite(Object fdObj, Object data) {
            byte[] b = BytesLike.require(data);
            int len = BytesLike.length(data);
            OpenFile f = file(fd(fdObj));
            try {
                return (long) f.write(b, 0, len);
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
        }
    }

    @Builtin(name = "lseek", params = {"fd", "position", "whence"})
    @GenerateNodeFactory
    public abstract static class LseekNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doLseek(Object fdObj, Object pos, Object whence) {
            OpenFile f = file(fd(fdObj));
            try {
                return f.seek(PyNumberConvert.asSize(pos, BuiltinType.OVERFLOW_ERROR), (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
        }
    }

    @Builtin(name = "fsync", params = {"fd"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class FsyncNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFsync(Object fdObj) {
            Object fdv = fdObj instanceof Long ? fdObj : dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(fdObj, "fileno"));
            try {
                file(fd(fdv)).sync();
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "ftruncate", params = {"fd", "length"})
    @GenerateNodeFactory
    public abstract static class FtruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFtruncate(Object fdObj, Object length) {
            return ftruncate(fd(fdObj), PyNumberConvert.asSize(length, BuiltinType.OVERFLOW_ERROR));
        }
    }

    @Builtin(name = "fstat", params = {"fd"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class FstatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFstat(Object fdObj) {
            return fstat(fd(fdObj));
        }
    }

    @Builtin(name = "isatty", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsatty(Object fdObj) {
            OpenFile f = OsState.get().get((int) fd(fdObj));
            return f != null && f.isTerminal();
        }
    }

    @Builtin(name = "device_encoding", params = {"fd"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class DeviceEncodingNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDeviceEncoding(Object fdObj) {
            OpenFile f = OsState.get().get((int) fd(fdObj));
            return f != null && f.isTerminal() ? "UTF-8" : PNone.NONE;
        }
    }

    /** os.pipe(): (read end, write end), see runtime/os/PipeEnd. */
    @Builtin(name = "pipe")
    @GenerateNodeFactory
    public abstract static class PipeNode extends dev.taipan.builtins.PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPipe() {
            dev.taipan.runtime.os.PipeEnd[] ends = dev.taipan.runtime.os.PipeEnd.create();
            OsState os = OsState.get();
            long r = os.add(ends[0]);
            long w = os.add(ends[1]);
            return dev.taipan.runtime.objects.PTuple.of(r, w);
        }
    }

    @Builtin(name = "dup", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class DupNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDup(Object fdObj) {
            return (long) OsState.get().add(file(fd(fdObj)).duplicate());
        }
    }

    @Builtin(name = "dup2", params = {"fd", "fd2", "inheritable"}, posOnly = 0, required = 2)
    @GenerateNodeFactory
    public abstract static class Dup2Node extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDup2(Object fdObj, Object fd2, Object inheritable) {
            long target = fd(fd2);
            OsState.get().put((int) target, file(fd(fdObj)).duplicate());
            return target;
        }
    }

    @Builtin(name = "get_inheritable", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class GetInheritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGet(Object fdObj) {
            file(fd(fdObj));
            return false;
        }
    }

    @Builtin(name = "set_inheritable", params = {"fd", "inheritable"})
    @GenerateNodeFactory
    public abstract static class SetInheritableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSet(Object fdObj, Object v) {
            file(fd(fdObj));
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_blocking", params = {"fd"})
    @GenerateNodeFactory
    public abstract static class GetBlockingNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGet(Object fdObj) {
            return file(fd(fdObj)).isBlocking();
        }
    }

    @Builtin(name = "set_blocking", params = {"fd", "blocking"})
    @GenerateNodeFactory
    public abstract static class SetBlockingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSet(Object fdObj, Object blocking) {
            file(fd(fdObj)).setBlocking(dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(blocking));
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_terminal_size", params = {"fd"}, required = 0)
    @GenerateNodeFactory
    public abstract static class GetTerminalSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetTerminalSize(Object fdObj) {
            long fd = fdObj == PNone.NO_VALUE ? 1 : fd(fdObj);
            OpenFile f = file(fd);
            if (!f.isTerminal()) {
                throw OsErrors.raise(Errno.ENOTTY);
            }
            long cols = envInt("COLUMNS", 80);
            long lines = envInt("LINES", 24);
            return StructSequence.create(PosixModule.terminalSizeType(), cols, lines);
        }

        private static long envInt(String name, long dflt) {
            try {
                String v = System.getenv(name);
                return v == null ? dflt : Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
    }
}
