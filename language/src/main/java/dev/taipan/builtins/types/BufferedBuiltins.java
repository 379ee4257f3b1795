package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.IoBuffers;
import dev.taipan.runtime.io.IoErrors;
import dev.taipan.runtime.io.PBuffered;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.BufferedReader, BufferedWriter and BufferedRandom. */
public final class BufferedBuiltins {
    private BufferedBuiltins() {
    }

    static PBuffered self(Object o) {
        if (o instanceof PBuffered b) {
            return b;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.BufferedReader' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long size(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE ? -1 : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    static Object bytesOrNone(byte[] b) {
        return b == null ? PNone.NONE : new PBytes(b);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            BuiltinType t = c.getLayout();
            return new PBuffered(c, t);
        }
    }

    @TruffleBoundary
    public static void init(PBuffered b, Object raw, Object bufferSize) {
        if (b.canRead() && !RawCalls.bool(raw, "readable")) {
            throw IoErrors.unsupported("File or stream is not readable.");
        }
        if (b.canWrite() && !RawCalls.bool(raw, "writable")) {
            throw IoErrors.unsupported("File or stream is not writable.");
        }
        if (b.builtinType() == BuiltinType.BUFFERED_RANDOM && !RawCalls.bool(raw, "seekable")) {
            throw IoErrors.unsupported("File or stream is not seekable.");
        }
        long n = bufferSize == PNone.NO_VALUE ? 8192 : PyNumberConvert.asSize(bufferSize, BuiltinType.OVERFLOW_ERROR);
        if (n <= 0) {
            throw PythonErrors.valueError("buffer size must be strictly positive");
        }
        b.init(raw, (int) Math.min(n, Integer.MAX_VALUE - 16));
    }

    @Builtin(name = "__init__", params = {"self", "raw", "buffer_size"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object raw, Object bufferSize) {
            init(self(self), raw, bufferSize);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            long n = size(size);
            if (n < -1) {
                throw PythonErrors.valueError("read length must be non-negative or -1");
            }
            return bytesOrNone(self(self).read(n));
        }
    }

    @Builtin(name = "read1", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead1(Object self, Object size) {
            return new PBytes(self(self).read1(size(size)));
        }
    }

    @Builtin(name = "peek", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PeekNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doPeek(Object self, Object size) {
            return new PBytes(self(self).peek());
        }
    }

    @Builtin(name = "readline", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadline(Object self, Object size) {
            return new PBytes(self(self).readline(size(size)));
        }
    }

    @TruffleBoundary
    static Object readinto(Object self, Object buffer, boolean one) {
        PBuffered b = self(self);
        int cap = IoBuffers.capacity(buffer);
        byte[] data = one ? b.read1(cap) : b.read(cap);
        if (data == null) {
            return PNone.NONE;
        }
        IoBuffers.copyInto(buffer, data, data.length);
        return (long) data.length;
    }

    @Builtin(name = "readinto", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadinto(Object self, Object buffer) {
            return readinto(self, buffer, false);
        }
    }

    @Builtin(name = "readinto1", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class Readinto1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadinto1(Object self, Object buffer) {
            return readinto(self, buffer, true);
        }
    }

    @Builtin(name = "write", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object buffer) {
            PBuffered b = self(self);
            byte[] data = BytesLike.require(buffer);
            return (long) b.write(data, 0, data.length);
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFlush(Object self) {
            self(self).flush();
            return PNone.NONE;
        }
    }

    @Builtin(name = "seek", params = {"self", "target", "whence"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object target, Object whence) {
            if (target instanceof Double) {
                throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            return self(self).seek(PyNumberConvert.asSize(target, BuiltinType.OVERFLOW_ERROR), whence == PNone.NO_VALUE ? 0 : (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
        }
    }

    @Builtin(name = "tell", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doTell(Object self) {
            return self(self).tell();
        }
    }

    @Builtin(name = "truncate", params = {"self", "pos"}, required = 1)
    @GenerateNodeFactory
    public abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTruncate(Object self, Object pos) {
            return self(self).truncate(pos);
        }
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

    @Builtin(name = "detach", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDetach(Object self) {
            return self(self).detach();
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

    @Builtin(name = "raw", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RawNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRaw(Object self, Object value) {
            Object r = self(self).rawOrNull();
            return r == null ? PNone.NONE : r;
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return GenericAttributes.getAttribute(self(self).raw(), "name");
        }
    }

    @Builtin(name = "mode", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ModeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMode(Object self, Object value) {
            return GenericAttributes.getAttribute(self(self).raw(), "mode");
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFileno(Object self) {
            return RawCalls.method(self(self).raw(), "fileno");
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            return RawCalls.method(self(self).raw(), "isatty");
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            PBuffered b = self(self);
            return b.canRead() && RawCalls.bool(b.raw(), "readable");
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            PBuffered b = self(self);
            return b.canWrite() && RawCalls.bool(b.raw(), "writable");
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSeekable(Object self) {
            return RawCalls.method(self(self).raw(), "seekable");
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PythonClass c = PyObjectGetClass.get(self);
            String tp = c.isBuiltin() ? "_io." + c.getName() : c.getQualname();
            Object name;
            try {
                name = GenericAttributes.lookupAttribute(self, "name");
            } catch (PException e) {
                name = null;
            }
            return name == null ? "<" + tp + ">" : "<" + tp + " name=" + PyObjectStr.repr(name) + ">";
        }
    }
}
