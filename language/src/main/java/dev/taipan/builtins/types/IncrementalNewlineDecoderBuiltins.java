package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.io.PNewlineDecoder;
import dev.taipan.runtime.io.RawCalls;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.IncrementalNewlineDecoder: wraps a decoder and translates \r and \r\n to \n. */
public final class IncrementalNewlineDecoderBuiltins {
    private IncrementalNewlineDecoderBuiltins() {
    }

    static PNewlineDecoder self(Object o) {
        if (o instanceof PNewlineDecoder d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a '_io.IncrementalNewlineDecoder' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PNewlineDecoder((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "decoder", "translate", "errors"}, required = 3, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object decoder, Object translate, Object errors) {
            self(self).init(decoder, PyObjectIsTrue.execute(translate));
            return PNone.NONE;
        }
    }

    @Builtin(name = "decode", params = {"self", "input", "final"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDecode(Object self, Object input, Object fin) {
            PNewlineDecoder d = self(self);
            boolean last = fin != PNone.NO_VALUE && PyObjectIsTrue.execute(fin);
            Object out = d.decoder() == PNone.NONE ? input : RawCalls.method(d.decoder(), "decode", input, last);
            String s = out instanceof String x ? x : PPrimitiveObject.strValue(out);
            if (s == null) {
                throw PythonErrors.typeError("decoder should return a string result, not '%s'", PyObjectGetClass.typeName(out));
            }
            return d.translate(s, last);
        }
    }

    @Builtin(name = "getstate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetstateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetstate(Object self) {
            PNewlineDecoder d = self(self);
            Object buf = PBytes.EMPTY;
            long flag = 0;
            if (d.decoder() != PNone.NONE) {
                PTuple st = (PTuple) RawCalls.method(d.decoder(), "getstate");
                buf = st.get(0);
                flag = PyNumberConvert.asSize(st.get(1), BuiltinType.OVERFLOW_ERROR) << 1;
            }
            if (d.pendingCR()) {
                flag |= 1;
            }
            return new PTuple(new Object[]{buf, flag});
        }
    }

    @Builtin(name = "setstate", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetstateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetstate(Object self, Object state) {
            PNewlineDecoder d = self(self);
            PTuple st = (PTuple) state;
            long flag = PyNumberConvert.asSize(st.get(1), BuiltinType.OVERFLOW_ERROR);
            d.setPendingCR((flag & 1) != 0);
            if (d.decoder() != PNone.NONE) {
                RawCalls.method(d.decoder(), "setstate", new PTuple(new Object[]{st.get(0), flag >> 1}));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "reset", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ResetNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReset(Object self) {
            PNewlineDecoder d = self(self);
            d.reset();
            if (d.decoder() != PNone.NONE) {
                RawCalls.method(d.decoder(), "reset");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "newlines", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NewlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNewlines(Object self, Object value) {
            return self(self).newlines();
        }
    }
}
