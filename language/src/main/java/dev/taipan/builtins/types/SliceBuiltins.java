package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.BigSliceIndices;
import dev.taipan.runtime.numbers.IntMath;
import java.math.BigInteger;

/** {@code slice} objects: construction, attributes and {@code indices()}. */
public final class SliceBuiltins {
    private SliceBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "start", "stop", "step"}, required = 2, isStaticmethod = true, checkPositional = "slice")
    @GenerateNodeFactory
    public abstract static class SliceNewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object a, Object b, Object c) {
            if (b == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, a, PNone.NONE);
            }
            return new PSlice(a, b, c == PNone.NO_VALUE ? PNone.NONE : c);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SliceReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            PSlice s = (PSlice) self;
            return "slice(" + PyObjectStr.repr(s.start) + ", " + PyObjectStr.repr(s.stop) + ", " + PyObjectStr.repr(s.step) + ")";
        }
    }

    /** (slice, (start, stop, step)): how copy and pickle rebuild a slice. */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PSlice s = (PSlice) self;
            return PTuple.of(dev.taipan.runtime.abstractops.PyObjectGetClass.get(s), PTuple.of(s.start, s.stop, s.step));
        }
    }

    @Builtin(name = "start", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class SliceStartNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStart(Object self, Object value) {
            return ((PSlice) self).start;
        }
    }

    @Builtin(name = "stop", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class SliceStopNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStop(Object self, Object value) {
            return ((PSlice) self).stop;
        }
    }

    @Builtin(name = "step", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class SliceStepNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStep(Object self, Object value) {
            return ((PSlice) self).step;
        }
    }

    @Builtin(name = "indices", params = {"self", "length"})
    @GenerateNodeFactory
    public abstract static class SliceIndicesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        static Object doIndices(Object self, Object length) {
            BigInteger n = IntMath.big(dev.taipan.runtime.abstractops.PyNumberConvert.index(length));
            if (n.signum() < 0) {
                throw PythonErrors.valueError("length should not be negative");
            }
            BigSliceIndices si = BigSliceIndices.compute((PSlice) self, n);
            return PTuple.of(IntMath.normalize(si.start()), IntMath.normalize(si.stop()), IntMath.normalize(si.step()));
        }
    }

    /** Slices compare like the tuples (start, stop, step). */
    abstract static class Compare extends PythonBinaryBuiltinNode {
        dev.taipan.runtime.abstractops.CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object doCompare(Object self, Object other) {
            if (!(self instanceof PSlice a) || !(other instanceof PSlice b)) {
                return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
            }
            Object[] x = {a.start, a.stop, a.step};
            Object[] y = {b.start, b.stop, b.step};
            return dev.taipan.runtime.sequence.SequenceOps.compare(x, 3, y, 3, op());
        }
    }

    /** Slices hash by value since 3.12 (an unhashable start, stop or step makes them unhashable). */
    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PSlice s = (PSlice) self;
            return dev.taipan.runtime.abstractops.PyObjectHash.hashSlice(s.start, s.stop, s.step);
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceEqNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.EQ;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceNeNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.NE;
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceLtNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.LT;
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceLeNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.LE;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceGtNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.GT;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SliceGeNode extends Compare {
        @Override
        dev.taipan.runtime.abstractops.CompareOp op() {
            return dev.taipan.runtime.abstractops.CompareOp.GE;
        }
    }
}
