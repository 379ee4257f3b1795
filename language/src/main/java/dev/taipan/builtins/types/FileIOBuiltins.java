package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.io.IoBuffers;
import dev.taipan.runtime.io.PFileIO;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.os.PathArgs;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.FileIO. */
public final class FileIOBuiltins {
    private FileIOBuiltins() {
    }

    static PFileIO self(Object o) {
        if (o instanceof PFileIO f) {
            return f;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.FileIO' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long size(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE ? -1 : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PFileIO((PythonClass) cls);
        }
    }

    /** FileIO(file, mode='r', closefd=True, opener=None). */
    @TruffleBoundary
    public static void init(PFileIO f, Object file, Object modeObj, Object closefdObj, Object opener) {
        String mode = modeObj == PNone.NO_VALUE ? "r" : modeObj instanceof String s ? s : null;
        if (mode == null) {
            throw PythonErrors.typeError("FileIO() argument 'mode' must be str, not %s", PyObjectGetClass.typeName(modeObj));
        }
        boolean closefd = closefdObj == PNone.NO_VALUE || PyObjectIsTrue.execute(closefdObj);
        if (file instanceof Double) {
            throw PythonErrors.typeError("integer argument expected, got float");
        }
        int flags = f.parseMode(mode);
        if (file instanceof Long || file instanceof Boolean) {
            long fd = PyNumberConvert.asSize(file, BuiltinType.OVERFLOW_ERROR);
            if (fd < 0) {
                throw PythonErrors.valueError("negative file descriptor");
            }
            GenericAttributes.setAttribute(f, "name", file);
            f.attach((int) fd, closefd, file);
            return;
        }
        if (!closefd) {
            throw PythonErrors.valueError("Cannot use closefd=False with file name");
        }
        String path = PathArgs.toJava(file, "FileIO", "file");
        GenericAttributes.setAttribute(f, "name", file);
        int fd;
        flags |= 02000000; // O_CLOEXEC
        if (opener != PNone.NO_VALUE && opener != PNone.NONE) {
            Object r = CallDispatch.call(opener, file, (long) flags);
            long v = PyNumberConvert.asSize(r, BuiltinType.OVERFLOW_ERROR);
            if (v < 0) {
                throw PythonErrors.valueError("opener returned %d", v);
            }
            fd = (int) v;
        } else {
            try {
                fd = OsState.get().open(PathArgs.resolve(path, file), flags, 0666);
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno, file);
            }
        }
        f.attach(fd, true, file);
    }

    @Builtin(name = "__init__", params = {"self", "file", "mode", "closefd", "opener"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object file, Object mode, Object closefd, Object opener) {
            init(self(self), file, mode, closefd, opener);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            long n = size(size);
            PFileIO f = self(self);
            return new PBytes(n < 0 ? f.readAll() : f.read((int) Math.min(n, Integer.MAX_VALUE - 16)));
        }
    }

    @Builtin(name = "readall", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadallNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadall(Object self) {
            return new PBytes(self(self).readAll());
        }
    }

    @Builtin(name = "readinto", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadinto(Object self, Object buffer) {
            PFileIO f = self(self);
            int cap = IoBuffers.capacity(buffer);
            byte[] tmp = new byte[cap];
            int n = f.readInto(tmp, 0, cap);
            IoBuffers.copyInto(buffer, tmp, n);
            return (long) n;
        }
    }

    @Builtin(name = "write", params = {"self", "b"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object b) {
            PFileIO f = self(self);
            f.checkWritable();
            byte[] data = BytesLike.require(b);
            return (long) f.write(data, 0, data.length);
        }
    }

    @Builtin(name = "seek", params = {"self", "pos", "whence"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object pos, Object whence) {
            PFileIO f = self(self);
            if (pos instanceof Double) {
                throw PythonErrors.typeError("an integer is required");
            }
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.seek(PyNumberConvert.asSize(pos, BuiltinType.OVERFLOW_ERROR), whence == PNone.NO_VALUE ? 0 : (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
        }
    }

    @Builtin(name = "tell", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doTell(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.tell();
        }
    }

    @Builtin(name = "truncate", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTruncate(Object self, Object size) {
            PFileIO f = self(self);
            f.checkWritable();
            long n = size == PNone.NO_VALUE || size == PNone.NONE ? f.tell() : PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR);
            return f.truncate(n);
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doClose(Object self) {
            PFileIO f = self(self);
            try {
                // _IOBase.close semantics: flush first (a subclass may override flush)
                if (!f.isClosed() && !RawIsPlain.plain(f)) {
                    dev.taipan.runtime.io.RawCalls.method(f, "flush");
                }
            } finally {
                f.close();
            }
            return PNone.NONE;
        }
    }

    /** Helper: whether an object is a plain instance of its builtin class. */
    static final class RawIsPlain {
        static boolean plain(PFileIO f) {
            return dev.taipan.runtime.io.RawCalls.isPlain(f);
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSeekable(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.isSeekable();
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.isReadable();
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.isWritable();
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFileno(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return (long) f.fd();
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            PFileIO f = self(self);
            if (f.isClosed()) {
                throw PythonErrors.valueError("I/O operation on closed file");
            }
            return f.isTerminal();
        }
    }

    @Builtin(name = "closed", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClosed(Object self, Object value) {
            return self(self).isClosed();
        }
    }

    @Builtin(name = "closefd", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ClosefdNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClosefd(Object self, Object value) {
            return self(self).closefd();
        }
    }

    @Builtin(name = "mode", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ModeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMode(Object self, Object value) {
            return self(self).mode();
        }
    }

    @Builtin(name = "_blksize", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BlksizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBlksize(Object self, Object value) {
            return 4096L;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PFileIO f = self(self);
            String tp = PyObjectGetClass.get(self).isBuiltin() ? "_io.FileIO" : PyObjectGetClass.get(self).getQualname();
            if (f.isClosed()) {
                return "<" + tp + " [closed]>";
            }
            Object name = GenericAttributes.lookupAttribute(self, "name");
            String closefd = f.closefd() ? "True" : "False";
            if (name == null) {
                return "<" + tp + " fd=" + f.fd() + " mode='" + f.mode() + "' closefd=" + closefd + ">";
            }
            return "<" + tp + " name=" + PyObjectStr.repr(name) + " mode='" + f.mode() + "' closefd=" + closefd + ">";
        }
    }
}
