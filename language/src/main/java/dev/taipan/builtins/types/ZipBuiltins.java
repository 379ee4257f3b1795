package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PZip;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * Pickling of {@code zip}: {@code __reduce__} gives (type, iterators[, True]) and the third item,
 * the strict flag, comes back through {@code __setstate__} (zip's constructor takes it only as a
 * keyword, which a reduce tuple cannot pass).
 */
public final class ZipBuiltins {
    private ZipBuiltins() {
    }

    static PZip self(Object o, String method) {
        if (o instanceof PZip z) {
            return z;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'zip' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PZip z = self(self, "__reduce__");
            PTuple its = new PTuple(z.getIterators().clone());
            return z.isStrict() ? PTuple.of(PyObjectGetClass.get(z), its, true) : PTuple.of(PyObjectGetClass.get(z), its);
        }
    }

    @Builtin(name = "__setstate__", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSetState(Object self, Object state) {
            PZip z = self(self, "__setstate__");
            z.setStrict(PyObjectIsTrue.execute(state));
            return PNone.NONE;
        }
    }
}
