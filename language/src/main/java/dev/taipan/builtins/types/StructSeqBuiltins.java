package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.PythonClass;

/**
 * Struct sequences: made from a sequence of their fields (and a dict of the named-only ones),
 * printed as {@code sys.version_info(major=3, minor=12, ...)}.
 */
public final class StructSeqBuiltins {
    private StructSeqBuiltins() {
    }

    /** {@code time.struct_time(sequence, dict=None)}, with CPython's messages for a wrong length. */
    @Builtin(name = "__new__", params = {"cls", "sequence", "dict"}, posOnly = 1, required = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object sequence, Object dict) {
            if (sequence == PNone.NO_VALUE) {
                throw PythonErrors.typeError("structseq() missing required argument 'sequence' (pos 1)");
            }
            PythonClass type = (PythonClass) cls;
            String name = type.getTpName();
            if (!PyObjectIter.isIterable(sequence)) {
                throw PythonErrors.typeError("constructor requires a sequence");
            }
            Object[] given = SequenceOps.toArray(sequence);
            int min = (int) (long) (Long) type.lookup("n_sequence_fields");
            int max = (int) (long) (Long) type.lookup("n_fields");
            if (min == max && given.length != min) {
                throw PythonErrors.typeError("%s() takes a %d-sequence (%d-sequence given)", name, min, given.length);
            } else if (given.length < min) {
                throw PythonErrors.typeError("%s() takes an at least %d-sequence (%d-sequence given)", name, min, given.length);
            } else if (given.length > max) {
                throw PythonErrors.typeError("%s() takes an at most %d-sequence (%d-sequence given)", name, max, given.length);
            }
            if (dict != PNone.NO_VALUE && !(dict instanceof PDict)) {
                throw PythonErrors.typeError("%s() takes a dict as second arg, if any", name);
            }
            // fields past the given items come from the dict by name, else None
            PTuple fields = (PTuple) type.lookup("_fields");
            Object[] values = java.util.Arrays.copyOf(given, max);
            for (int i = given.length; i < max; i++) {
                Object v = dict instanceof PDict d ? d.getItem(fields.get(i)) : null;
                values[i] = v == null ? PNone.NONE : v;
            }
            return StructSequence.createWithHidden(type, min, values);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PTuple t = (PTuple) self;
            var cls = PyObjectGetClass.get(t);
            Object fields = GenericAttributes.lookupAttribute(cls, "_fields");
            Object module = GenericAttributes.lookupAttribute(cls, "__module__");
            StringBuilder sb = new StringBuilder();
            if (module instanceof String m && !m.equals("builtins")) {
                sb.append(m).append('.');
            }
            sb.append(cls.getName()).append('(');
            Object n = GenericAttributes.lookupAttribute(cls, "n_sequence_fields");
            int count = n instanceof Long l ? (int) (long) l : t.size();
            for (int i = 0; i < count && i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(((PTuple) fields).get(i)).append('=').append(PyObjectStr.repr(t.get(i)));
            }
            return sb.append(')').toString();
        }
    }
}
