package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonInstance;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * _io.BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams, kept in hidden
 * instance attributes; every method forwards to one of them.
 */
public final class BufferedRWPairBuiltins {
    private BufferedRWPairBuiltins() {
    }

    private static final String READER = "_BufferedRWPair__reader";
    private static final String WRITER = "_BufferedRWPair__writer";

    static Object reader(Object self) {
        return GenericAttributes.getAttribute(self, READER);
    }

    static Object writer(Object self) {
        return GenericAttributes.getAttribute(self, WRITER);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PythonInstance((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "reader", "writer", "buffer_size"}, required = 3, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object self, Object reader, Object writer, Object size) {
            TaipanContext ctx = TaipanContext.get(null);
            Object r = size == PNone.NO_VALUE ? CallDispatch.call(ctx.getBuiltinClass(BuiltinType.BUFFERED_READER), reader)
                            : CallDispatch.call(ctx.getBuiltinClass(BuiltinType.BUFFERED_READER), reader, size);
            Object w = size == PNone.NO_VALUE ? CallDispatch.call(ctx.getBuiltinClass(BuiltinType.BUFFERED_WRITER), writer)
                            : CallDispatch.call(ctx.getBuiltinClass(BuiltinType.BUFFERED_WRITER), writer, size);
            GenericAttributes.setAttribute(self, READER, r);
            GenericAttributes.setAttribute(self, WRITER, w);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            return size == PNone.NO_VALUE ? RawCalls.method(reader(self), "read") : RawCalls.method(reader(self), "read", size);
        }
    }

    @Builtin(name = "read1", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead1(Object self, Object size) {
            return size == PNone.NO_VALUE ? RawCalls.method(reader(self), "read1") : RawCalls.method(reader(self), "read1", size);
        }
    }

    @Builtin(name = "peek", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PeekNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doPeek(Object self, Object size) {
            return RawCalls.method(reader(self), "peek");
        }
    }

    @Builtin(name = "readinto", params = {"self", "b"})
    @GenerateNodeFactory
    public abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadinto(Object self, Object b) {
            return RawCalls.method(reader(self), "readinto", b);
        }
    }

    @Builtin(name = "write", params = {"self", "b"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object b) {
            return RawCalls.method(writer(self), "write", b);
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFlush(Object self) {
            return RawCalls.method(writer(self), "flush");
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            return RawCalls.method(reader(self), "readable");
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            return RawCalls.method(writer(self), "writable");
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            return RawCalls.bool(writer(self), "isatty") || RawCalls.bool(reader(self), "isatty");
        }
    }

    @Builtin(name = "close", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self) {
            try {
                RawCalls.method(writer(self), "close");
            } finally {
                RawCalls.method(reader(self), "close");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "closed", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doClosed(Object self, Object value) {
            return GenericAttributes.getAttribute(writer(self), "closed");
        }
    }
}
