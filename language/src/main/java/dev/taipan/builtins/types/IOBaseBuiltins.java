package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.IoErrors;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/**
 * _io._IOBase: the behaviour every stream shares, written against the Python-level methods of
 * {@code self} so that subclasses (io.RawIOBase users, FileIO, ...) plug in.
 */
public final class IOBaseBuiltins {
    private IOBaseBuiltins() {
    }

    /** Where close() records closedness on objects without their own 'closed'. */
    static final String CLOSED_ATTR = "__IOBase_closed";

    @TruffleBoundary
    static boolean isClosed(Object self) {
        return PyObjectIsTrue.execute(GenericAttributes.getAttribute(self, "closed"));
    }

    @TruffleBoundary
    static void checkClosed(Object self) {
        if (isClosed(self)) {
            throw IoErrors.closed();
        }
    }

    @Builtin(name = "seek", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object args) {
            throw IoErrors.unsupported("seek");
        }
    }

    @Builtin(name = "tell", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doTell(Object self) {
            return RawCalls.method(self, "seek", 0L, 1L);
        }
    }

    @Builtin(name = "truncate", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTruncate(Object self, Object args) {
            throw IoErrors.unsupported("truncate");
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFileno(Object self) {
            throw IoErrors.unsupported("fileno");
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFlush(Object self) {
            checkClosed(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doClose(Object self) {
            if (PyObjectIsTrue.execute(GenericAttributes.getAttribute(self, "closed"))) {
                return PNone.NONE;
            }
            try {
                RawCalls.method(self, "flush");
            } finally {
                GenericAttributes.setAttribute(self, CLOSED_ATTR, true);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "closed", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doClosed(Object self, Object value) {
            Object v = GenericAttributes.lookupAttribute(self, CLOSED_ATTR);
            return v != null && PyObjectIsTrue.execute(v);
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSeekable(Object self) {
            return false;
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            return false;
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            return false;
        }
    }

    @Builtin(name = "_checkClosed", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class CheckClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object args) {
            checkClosed(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_checkSeekable", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class CheckSeekableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object args) {
            if (!RawCalls.bool(self, "seekable")) {
                throw IoErrors.unsupported("File or stream is not seekable.");
            }
            return true;
        }
    }

    @Builtin(name = "_checkReadable", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class CheckReadableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object args) {
            if (!RawCalls.bool(self, "readable")) {
                throw IoErrors.unsupported("File or stream is not readable.");
            }
            return true;
        }
    }

    @Builtin(name = "_checkWritable", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class CheckWritableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCheck(Object self, Object args) {
            if (!RawCalls.bool(self, "writable")) {
                throw IoErrors.unsupported("File or stream is not writable.");
            }
            return true;
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doEnter(Object self) {
            checkClosed(self);
            return self;
        }
    }

    @Builtin(name = "__exit__", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doExit(Object self, Object args) {
            RawCalls.method(self, "close");
            return PNone.NONE;
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            checkClosed(self);
            return false;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            checkClosed(self);
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNext(Object self) {
            Object line = RawCalls.method(self, "readline");
            if (BytesLike.check(line) ? BytesLike.length(line) == 0 : line instanceof String s && s.isEmpty()) {
                throw PythonErrors.stopIteration(null);
            }
            return line;
        }
    }

    /** readline via peek() when there is one, else read(1) at a time. */
    @Builtin(name = "readline", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadline(Object self, Object size) {
            long limit = size == PNone.NO_VALUE || size == PNone.NONE ? -1 : PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR);
            boolean hasPeek = GenericAttributes.lookupAttribute(self, "peek") != null;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                long n = 1;
                if (hasPeek) {
                    byte[] ahead = BytesLike.bytesOrNull(RawCalls.method(self, "peek", 1L));
                    if (ahead == null || ahead.length == 0) {
                        break;
                    }
                    int i = 0;
                    while (i < ahead.length && (limit < 0 || i < limit - out.size())) {
                        if (ahead[i++] == '\n') {
                            break;
                        }
                    }
                    n = i;
                }
                Object b = RawCalls.method(self, "read", n);
                byte[] got = BytesLike.bytesOrNull(b);
                if (got == null) {
                    if (b == PNone.NONE) {
                        break;
                    }
                    throw PythonErrors.raise(BuiltinType.OS_ERROR, "read() should have returned a bytes object, not '%s'", RawCalls.typeName(b));
                }
                if (got.length == 0) {
                    break;
                }
                out.write(got, 0, got.length);
                if (got[got.length - 1] == '\n') {
                    break;
                }
            }
            return new PBytes(out.toByteArray());
        }
    }

    @Builtin(name = "readlines", params = {"self", "hint"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadlines(Object self, Object hint) {
            long h = hint == PNone.NO_VALUE || hint == PNone.NONE ? -1 : PyNumberConvert.asSize(hint, BuiltinType.OVERFLOW_ERROR);
            PList result = new PList();
            Object it = PyObjectIter.getIter(self);
            long total = 0;
            Object line;
            while ((line = PyObjectIter.next(it)) != null) {
                result.append(line);
                if (h > 0) {
                    total += line instanceof String s ? s.length() : BytesLike.length(line);
                    if (total >= h) {
                        break;
                    }
                }
            }
            return result;
        }
    }

    @Builtin(name = "writelines", params = {"self", "lines"})
    @GenerateNodeFactory
    public abstract static class WritelinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doWritelines(Object self, Object lines) {
            checkClosed(self);
            Object it = PyObjectIter.getIter(lines);
            Object line;
            Object write = GenericAttributes.getAttribute(self, "write");
            while ((line = PyObjectIter.next(it)) != null) {
                dev.taipan.runtime.function.CallDispatch.call(write, line);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__del__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DelNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDel(Object self) {
            try {
                if (!isClosed(self)) {
                    RawCalls.method(self, "close");
                }
            } catch (dev.taipan.runtime.exceptions.PException e) {
                // like CPython, errors while finalising are not propagated
            }
            return PNone.NONE;
        }
    }

    // ---------------------------------------------------------------- _RawIOBase

    /** _RawIOBase.read: readinto() on a fresh bytearray, or readall() for size < 0. */
    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RawReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRead(Object self, Object size) {
            long n = size == PNone.NO_VALUE || size == PNone.NONE ? -1 : PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                return RawCalls.method(self, "readall");
            }
            PByteArray b = new PByteArray(new byte[(int) n]);
            Object r = RawCalls.method(self, "readinto", b);
            if (r == PNone.NONE) {
                return PNone.NONE;
            }
            long got = PyNumberConvert.asSize(r, BuiltinType.OVERFLOW_ERROR);
            return new PBytes(java.util.Arrays.copyOf(b.storage(), (int) got));
        }
    }

    @Builtin(name = "readall", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RawReadallNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadall(Object self) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                Object r = RawCalls.method(self, "read", 8192L);
                if (r == PNone.NONE) {
                    if (out.size() == 0) {
                        return PNone.NONE;
                    }
                    break;
                }
                byte[] b = BytesLike.require(r);
                if (b.length == 0) {
                    break;
                }
                out.write(b, 0, b.length);
            }
            return new PBytes(out.toByteArray());
        }
    }
}
