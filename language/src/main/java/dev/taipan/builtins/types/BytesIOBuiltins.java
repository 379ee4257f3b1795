package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.IoBuffers;
import dev.taipan.runtime.io.PBytesIO;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.BytesIO. */
public final class BytesIOBuiltins {
    private BytesIOBuiltins() {
    }

    static PBytesIO self(Object o) {
        if (o instanceof PBytesIO b) {
            return b;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.BytesIO' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long size(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE ? -1 : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PBytesIO((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "initial_bytes"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object initial) {
            PBytesIO b = self(self);
            b.setContents(initial == PNone.NO_VALUE || initial == PNone.NONE ? new byte[0] : BytesLike.require(initial));
            return PNone.NONE;
        }
    }

    @Builtin(name = "getvalue", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetvalueNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetvalue(Object self) {
            return new PBytes(self(self).getValue());
        }
    }

    @Builtin(name = "getbuffer", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetbufferNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetbuffer(Object self) {
            return dev.taipan.runtime.objects.PMemoryView.of(new dev.taipan.runtime.objects.PByteArray(self(self).getValue()));
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            return new PBytes(self(self).read(size(size)));
        }
    }

    @Builtin(name = "read1", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead1(Object self, Object size) {
            return new PBytes(self(self).read(size(size)));
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

    @Builtin(name = "readinto", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReadinto(Object self, Object buffer) {
            byte[] data = self(self).read(IoBuffers.capacity(buffer));
            IoBuffers.copyInto(buffer, data, data.length);
            return (long) data.length;
        }
    }

    @Builtin(name = "write", params = {"self", "b"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object b) {
            PBytesIO io = self(self);
            io.checkClosed();
            return (long) io.write(BytesLike.require(b));
        }
    }

    @Builtin(name = "seek", params = {"self", "pos", "whence"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object pos, Object whence) {
            PBytesIO io = self(self);
            io.checkClosed();
            return io.seek(PyNumberConvert.asSize(pos, BuiltinType.OVERFLOW_ERROR), whence == PNone.NO_VALUE ? 0 : (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
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

    @Builtin(name = "truncate", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTruncate(Object self, Object size) {
            PBytesIO io = self(self);
            io.checkClosed();
            return io.truncate(size == PNone.NO_VALUE || size == PNone.NONE ? io.tell() : PyNumberConvert.asSize(size, BuiltinType.OVERFLOW_ERROR));
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

    @Builtin(name = "closed", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClosed(Object self, Object value) {
            return self(self).isClosed();
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            self(self).checkClosed();
            return true;
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            self(self).checkClosed();
            return true;
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSeekable(Object self) {
            self(self).checkClosed();
            return true;
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFlush(Object self) {
            self(self).checkClosed();
            return PNone.NONE;
        }
    }
}
