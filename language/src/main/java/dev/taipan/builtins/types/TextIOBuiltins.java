package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.PTextIO;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;

/** The standard streams' TextIOWrapper methods. */
public final class TextIOBuiltins {
    private TextIOBuiltins() {
    }

    static PTextIO self(Object o) {
        if (o instanceof PTextIO t) {
            return t;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "write", params = {"self", "s"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object s) {
            String str = s instanceof String x ? x : PPrimitiveObject.strValue(s);
            if (str == null) {
                throw PythonErrors.typeError("write() argument must be str, not %s", PyObjectGetClass.typeName(s));
            }
            self(self).write(str);
            return (long) str.codePointCount(0, str.length());
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

    @Builtin(name = "readline", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadline(Object self, Object size) {
            return self(self).readline();
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            return self(self).readAll();
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFileno(Object self) {
            return (long) self(self).getFileno();
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            self(self);
            return System.console() != null;
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            return self(self).isWritable();
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            return self(self).isReadable();
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

    @Builtin(name = "encoding", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EncodingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEncoding(Object self, Object value) {
            self(self);
            return "utf-8";
        }
    }

    @Builtin(name = "errors", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ErrorsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doErrors(Object self, Object value) {
            self(self);
            return "strict";
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return self(self).getName();
        }
    }

    @Builtin(name = "line_buffering", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LineBufferingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLineBuffering(Object self, Object value) {
            return self(self).isLineBuffered();
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return "<_io.TextIOWrapper name='" + self(self).getName() + "' mode='" + (self(self).isReadable() ? "r" : "w") + "' encoding='utf-8'>";
        }
    }
}
