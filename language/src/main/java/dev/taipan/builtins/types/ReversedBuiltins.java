package dev.taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PReversed;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * Pickling of {@code reversed}: {@code __reduce__} gives (type, (seq,), index) and
 * {@code __setstate__} puts the index back, clamped to the sequence's current length.
 */
public final class ReversedBuiltins {
    private ReversedBuiltins() {
    }

    static PReversed self(Object o, String method) {
        if (o instanceof PReversed r) {
            return r;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'reversed' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PReversed r = self(self, "__reduce__");
            Object seq = r.getSequence();
            if (seq == null) {
                // exhausted: an empty tuple rebuilds an equally exhausted iterator
                return PTuple.of(PyObjectGetClass.get(r), PTuple.of(PTuple.of()));
            }
            return PTuple.of(PyObjectGetClass.get(r), PTuple.of(seq), r.getIndex());
        }
    }

    @Builtin(name = "__setstate__", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetState(Object self, Object state) {
            PReversed r = self(self, "__setstate__");
            long index = asSsize(state);
            Object seq = r.getSequence();
            if (seq != null) {
                long n = PyObjectSize.execute(seq);
                r.setIndex(Math.max(-1, Math.min(index, n - 1)));
            }
            return PNone.NONE;
        }
    }

    /** CPython's PyLong_AsSsize_t: only ints (no __index__), within a C ssize_t. */
    static long asSsize(Object o) {
        Object v = o instanceof Long || o instanceof Boolean || o instanceof BigInteger ? o : PyNumberConvert.intSubclassValue(o);
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        throw PythonErrors.typeError("an integer is required");
    }
}
