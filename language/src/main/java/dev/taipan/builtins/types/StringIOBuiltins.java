package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.PStringIO;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.StringIO. */
public final class StringIOBuiltins {
    private StringIOBuiltins() {
    }

    static PStringIO self(Object o) {
        if (o instanceof PStringIO s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.StringIO' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long size(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE ? -1 : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    static String str(Object o, String what) {
        String s = o instanceof String x ? x : PPrimitiveObject.strValue(o);
        if (s == null) {
            throw PythonErrors.typeError(what, PyObjectGetClass.typeName(o));
        }
        return s;
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PStringIO((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "initial_value", "newline"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object initial, Object newline) {
            String nl = newline == PNone.NO_VALUE ? "\n" : newline == PNone.NONE ? null : str(newline, "newline must be str or None, not %s");
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PythonErrors.valueError("illegal newline value: %s", dev.taipan.runtime.abstractops.PyObjectStr.repr(nl));
            }
            String init = initial == PNone.NO_VALUE || initial == PNone.NONE ? null : str(initial, "initial_value must be str or None, not %s");
            self(self).init(init, nl);
            return PNone.NONE;
        }
    }

    @Builtin(name = "getvalue", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetvalueNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetvalue(Object self) {
            return self(self).getValue();
        }
    }

    @Builtin(name = "read", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRead(Object self, Object size) {
            return self(self).read(size(size));
        }
    }

    @Builtin(name = "readline", params = {"self", "size"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadline(Object self, Object size) {
            return self(self).readline(size(size));
        }
    }

    @Builtin(name = "write", params = {"self", "s"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object s) {
            PStringIO io = self(self);
            io.checkClosed();
            return (long) io.write(str(s, "string argument expected, got '%s'"));
        }
    }

    @Builtin(name = "seek", params = {"self", "pos", "whence"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object pos, Object whence) {
            return self(self).seek(PyNumberConvert.asSize(pos, BuiltinType.OVERFLOW_ERROR), whence == PNone.NO_VALUE ? 0 : (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
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
            PStringIO io = self(self);
            return io.truncate(pos == PNone.NO_VALUE || pos == PNone.NONE ? io.tell() : PyNumberConvert.asSize(pos, BuiltinType.OVERFLOW_ERROR));
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

    @Builtin(name = "line_buffering", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LineBufferingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            self(self).checkClosed();
            return false;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNext(Object self) {
            String line = self(self).readline(-1);
            if (line.isEmpty()) {
                throw PythonErrors.stopIteration(null);
            }
            return line;
        }
    }
}
