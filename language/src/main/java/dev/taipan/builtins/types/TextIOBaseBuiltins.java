package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.io.IoErrors;
import dev.taipan.runtime.objects.PNone;

/** _io._TextIOBase: the text stream interface, unsupported until a subclass implements it. */
public final class TextIOBaseBuiltins {
    private TextIOBaseBuiltins() {
    }

    @Builtin(name = "read", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object args) {
            throw IoErrors.unsupported("read");
        }
    }

    @Builtin(name = "readline", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadline(Object self, Object args) {
            throw IoErrors.unsupported("readline");
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

    @Builtin(name = "encoding", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EncodingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "newlines", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NewlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "errors", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ErrorsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return PNone.NONE;
        }
    }
}
