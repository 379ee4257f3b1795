package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;

/** The data attributes of {@code NameError}. */
public final class NameErrorBuiltins {
    private NameErrorBuiltins() {
    }

    abstract static class Field extends PythonBinaryBuiltinNode {
        HiddenKey key() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doField(Object self, Object value) {
            return ExceptionFieldAccess.access(self, key(), value);
        }
    }

    @Builtin(name = "name", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.NAME;
        }
    }
}
