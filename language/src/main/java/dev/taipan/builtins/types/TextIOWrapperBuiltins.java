package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.PTextIOWrapper;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.TextIOWrapper. */
public final class TextIOWrapperBuiltins {
    private TextIOWrapperBuiltins() {
    }

    static PTextIOWrapper self(Object o) {
        if (o instanceof PTextIOWrapper t) {
            return t;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    static long size(Object o) {
        return o == PNone.NO_VALUE || o == PNone.NONE ? -1 : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    /** An optional str argument: null when None/absent. */
    static String optStr(Object o, String what) {
        if (o == PNone.NO_VALUE || o == PNone.NONE) {
            return null;
        }
        String s = o instanceof String x ? x : PPrimitiveObject.strValue(o);
        if (s == null) {
            throw PythonErrors.typeError("%s() argument '%s' must be str or None, not %s", "TextIOWrapper", what, PyObjectGetClass.typeName(o));
        }
        return s;
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PTextIOWrapper((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object[] a) {
            PTextIOWrapper t = self(a[0]);
            String enc = optStr(a[2], "encoding");
            if (enc == null || enc.equals("locale")) {
                enc = IoDefaults.localeEncoding();
            }
            String errs = optStr(a[3], "errors");
            String nl = a[4] == PNone.NO_VALUE ? null : optStr(a[4], "newline");
            boolean lb = a[5] != PNone.NO_VALUE && PyObjectIsTrue.execute(a[5]);
            boolean wt = a[6] != PNone.NO_VALUE && PyObjectIsTrue.execute(a[6]);
            t.init(a[1], enc, errs == null ? "strict" : errs, nl, lb, wt);
            return PNone.NONE;
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

    @Builtin(name = "write", params = {"self", "text"})
    @GenerateNodeFactory
    public abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doWrite(Object self, Object text) {
            String s = text instanceof String x ? x : PPrimitiveObject.strValue(text);
            if (s == null) {
                throw PythonErrors.typeError("write() argument must be str, not %s", PyObjectGetClass.typeName(text));
            }
            return (long) self(self).write(s);
        }
    }

    @Builtin(name = "flush", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFlush(Object self) {
            PTextIOWrapper t = self(self);
            if (t.isClosed()) {
                throw dev.taipan.runtime.io.IoErrors.closed();
            }
            t.flush();
            return PNone.NONE;
        }
    }

    @Builtin(name = "seek", params = {"self", "cookie", "whence"}, required = 2)
    @GenerateNodeFactory
    public abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSeek(Object self, Object cookie, Object whence) {
            return self(self).seek(PyNumberConvert.asSize(cookie, BuiltinType.OVERFLOW_ERROR), whence == PNone.NO_VALUE ? 0 : (int) PyNumberConvert.asSize(whence, BuiltinType.OVERFLOW_ERROR));
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

    @Builtin(name = "reconfigure", params = {"self"}, kwOnly = {"encoding", "errors", "newline", "line_buffering", "write_through"})
    @GenerateNodeFactory
    public abstract static class ReconfigureNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReconfigure(Object[] a) {
            PTextIOWrapper t = self(a[0]);
            Object lb = a[4] == PNone.NO_VALUE || a[4] == PNone.NONE ? null : (Object) PyObjectIsTrue.execute(a[4]);
            Object wt = a[5] == PNone.NO_VALUE || a[5] == PNone.NONE ? null : (Object) PyObjectIsTrue.execute(a[5]);
            t.reconfigure(optStr(a[1], "encoding"), optStr(a[2], "errors"), a[3] == PNone.NO_VALUE ? null : optStr(a[3], "newline"), a[3] != PNone.NO_VALUE, lb, wt);
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

    @Builtin(name = "buffer", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBuffer(Object self, Object value) {
            return self(self).buffer();
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doName(Object self, Object value) {
            return GenericAttributes.getAttribute(self(self).buffer(), "name");
        }
    }

    @Builtin(name = "encoding", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EncodingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEncoding(Object self, Object value) {
            return self(self).encoding();
        }
    }

    @Builtin(name = "errors", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ErrorsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doErrors(Object self, Object value) {
            return self(self).errors();
        }
    }

    @Builtin(name = "newlines", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NewlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNewlines(Object self, Object value) {
            self(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "line_buffering", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LineBufferingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return self(self).lineBuffering();
        }
    }

    @Builtin(name = "write_through", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WriteThroughNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return self(self).writeThrough();
        }
    }

    @Builtin(name = "_CHUNK_SIZE", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ChunkSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doChunk(Object self, Object value) {
            PTextIOWrapper t = self(self);
            if (value == PNone.NO_VALUE) {
                return (long) t.chunkSize();
            }
            t.setChunkSize((int) PyNumberConvert.asSize(value, BuiltinType.OVERFLOW_ERROR));
            return PNone.NONE;
        }
    }

    @Builtin(name = "fileno", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFileno(Object self) {
            return RawCalls.method(self(self).buffer(), "fileno");
        }
    }

    @Builtin(name = "isatty", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsatty(Object self) {
            return RawCalls.method(self(self).buffer(), "isatty");
        }
    }

    @Builtin(name = "readable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReadable(Object self) {
            return RawCalls.method(self(self).buffer(), "readable");
        }
    }

    @Builtin(name = "writable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doWritable(Object self) {
            return RawCalls.method(self(self).buffer(), "writable");
        }
    }

    @Builtin(name = "seekable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSeekable(Object self) {
            PTextIOWrapper t = self(self);
            if (t.isClosed()) {
                throw dev.taipan.runtime.io.IoErrors.closed();
            }
            return t.isSeekable();
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PTextIOWrapper t = self(self);
            PythonClass c = PyObjectGetClass.get(self);
            StringBuilder sb = new StringBuilder("<").append(c.isBuiltin() ? "_io.TextIOWrapper" : c.getQualname());
            Object name = attr(self, "name");
            if (name != null) {
                sb.append(" name=").append(PyObjectStr.repr(name));
            }
            Object mode = attr(self, "mode");
            if (mode != null) {
                sb.append(" mode=").append(PyObjectStr.repr(mode));
            }
            sb.append(" encoding=").append(PyObjectStr.repr(t.encoding())).append('>');
            return sb.toString();
        }

        private static Object attr(Object self, String name) {
            try {
                return GenericAttributes.lookupAttribute(self, name);
            } catch (PException e) {
                return null;
            }
        }
    }
}
