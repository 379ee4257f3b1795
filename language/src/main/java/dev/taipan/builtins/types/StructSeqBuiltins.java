package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.objects.PTuple;

/** Struct sequences print as {@code sys.version_info(major=3, minor=12, ...)}. */
public final class StructSeqBuiltins {
    private StructSeqBuiltins() {
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
