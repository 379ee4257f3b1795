package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.io.IoBuffers;
import dev.taipan.runtime.io.IoErrors;
import dev.taipan.runtime.io.RawCalls;

/** _io._BufferedIOBase: read/write/detach unsupported; readinto via read(). */
public final class BufferedIOBaseBuiltins {
    private BufferedIOBaseBuiltins() {
    }

    @Builtin(name = "read", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object args) {
            throw IoErrors.unsupported("read");
        }
    }

    @Builtin(name = "read1", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead1(Object self, Object args) {
            throw IoErrors.unsupported("read1");
        }
    }

    @Builtin(name = "write", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object args) {
            throw IoErrors.unsupported("write");
        }
    }

    @Builtin(name = "detach", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doDetach(Object self) {
            throw IoErrors.unsupported("detach");
        }
    }

    @TruffleBoundary
    static Object readintoVia(Object self, Object target, String method) {
        int cap = IoBuffers.capacity(target);
        byte[] data = BytesLike.require(RawCalls.method(self, method, (long) cap));
        IoBuffers.copyInto(target, data, data.length);
        return (long) data.length;
    }

    @Builtin(name = "readinto", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadinto(Object self, Object buffer) {
            return readintoVia(self, buffer, "read");
        }
    }

    @Builtin(name = "readinto1", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class Readinto1Node extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadinto1(Object self, Object buffer) {
            return readintoVia(self, buffer, "read1");
        }
    }
}
