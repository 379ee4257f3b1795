package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;

/** Frame objects as {@code sys._getframe()} and tracebacks expose them. */
public final class FrameBuiltins {
    private FrameBuiltins() {
    }

    @Builtin(name = "f_lineno", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameLinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLineno(Object self, Object value) {
            return (long) ((PFrame) self).getLine();
        }
    }

    @Builtin(name = "f_code", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameCodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doCode(Object self, Object value) {
            PCode c = ((PFrame) self).getCode();
            return c == null ? PNone.NONE : c;
        }
    }

    @Builtin(name = "f_globals", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameGlobalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGlobals(Object self, Object value) {
            Object g = ((PFrame) self).getGlobals();
            return g == null ? PNone.NONE : g;
        }
    }

    @Builtin(name = "f_locals", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameLocalsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLocals(Object self, Object value) {
            return ((PFrame) self).getLocals();
        }
    }

    @Builtin(name = "f_builtins", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameBuiltinsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBuiltins(Object self, Object value) {
            return dev.taipan.TaipanContext.get(null).getBuiltinsDict();
        }
    }

    @Builtin(name = "f_back", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameBackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBack(Object self, Object value) {
            PFrame b = ((PFrame) self).getBack();
            return b == null ? PNone.NONE : b;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FrameReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PFrame f = (PFrame) self;
            PCode c = f.getCode();
            return "<frame at " + dev.taipan.runtime.objects.ObjectIds.address(f) + ", file '" + (c == null ? "?" : c.getFilename()) + "', line " + f.getLine() + ", code " +
                            (c == null ? "?" : c.getName()) + ">";
        }
    }

    @Builtin(name = "f_lasti", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameLastiNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLasti(Object self, Object value) {
            PFrame f = (PFrame) self;
            return PFrame.lasti(f.getBytecodeNode(), f.getBytecodeIndex());
        }
    }

    /** f_trace: the frame's local trace function (sys.settrace; see runtime/trace/Tracing). */
    @Builtin(name = "f_trace", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class FrameTraceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doTrace(Object self, Object value) {
            PFrame f = (PFrame) self;
            if (value == PNone.NO_VALUE) {
                return f.getTrace();
            }
            f.setTrace(value == dev.taipan.runtime.descriptors.PGetSetDescriptor.DELETE ? PNone.NONE : value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "f_trace_lines", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class FrameTraceLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return value == PNone.NO_VALUE ? (Object) true : PNone.NONE;
        }
    }

    @Builtin(name = "f_trace_opcodes", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class FrameTraceOpcodesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object value) {
            return value == PNone.NO_VALUE ? (Object) false : PNone.NONE;
        }
    }

    /** frame.clear(): drops the locals of a finished frame; Taipan frames hold nothing to free. */
    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FrameClearNode extends dev.taipan.builtins.PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(Object self) {
            return PNone.NONE;
        }
    }
}
