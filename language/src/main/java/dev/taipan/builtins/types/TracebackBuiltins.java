package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.frame.PTraceback;
import dev.taipan.runtime.objects.PNone;

/** Traceback entries: {@code tb_frame}, {@code tb_lineno}, {@code tb_next}, {@code tb_lasti}. */
public final class TracebackBuiltins {
    private TracebackBuiltins() {
    }

    @Builtin(name = "tb_lineno", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TbLinenoNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLineno(Object self, Object value) {
            return (long) ((PTraceback) self).getLine();
        }
    }

    @Builtin(name = "tb_frame", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TbFrameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFrame(Object self, Object value) {
            PTraceback tb = (PTraceback) self;
            tb.getFrame().setLine(tb.getLine());
            return tb.getFrame();
        }
    }

    @Builtin(name = "tb_next", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class TbNextNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNext(Object self, Object value) {
            PTraceback tb = (PTraceback) self;
            if (value == PNone.NO_VALUE) {
                return tb.getNext() == null ? PNone.NONE : tb.getNext();
            }
            tb.setNext(value instanceof PTraceback t ? t : null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "tb_lasti", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TbLastiNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doLasti(Object self, Object value) {
            PTraceback tb = (PTraceback) self;
            return dev.taipan.runtime.frame.PFrame.lasti(tb.getBytecodeNode(), tb.getBci());
        }
    }
}
