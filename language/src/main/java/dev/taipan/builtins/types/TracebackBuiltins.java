package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.frame.PTraceback;
import dev.taipan.runtime.objects.PNone;

/** Traceback entries: {@code tb_frame}, {@code tb_lineno}, {@code tb_next}, {@code tb_lasti}. */
public final class TracebackBuiltins {
    private TracebackBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object next, Object frame, Object lasti, Object lineno) {
            if (next != PNone.NONE && !(next instanceof PTraceback)) {
                throw PythonErrors.typeError("expected traceback object or None, got '%s'", PyObjectGetClass.typeName(next));
            }
            if (!(frame instanceof PFrame f)) {
                throw PythonErrors.typeError("TracebackType() argument 'tb_frame' must be frame, not %s", PyObjectGetClass.typeName(frame));
            }
            return new PTraceback(f, PyNumberConvert.asInt(lasti), PyNumberConvert.asInt(lineno), next instanceof PTraceback t ? t : null);
        }
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
            return dev.taipan.runtime.frame.FrameAccess.frameOfTraceback(tb.getFrame());
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
            return tb.getBytecodeNode() == null ? (long) tb.getGivenLasti() : dev.taipan.runtime.frame.PFrame.lasti(tb.getBytecodeNode(), tb.getBci());
        }
    }
}
