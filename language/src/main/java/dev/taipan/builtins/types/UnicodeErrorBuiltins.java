package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;

/** The data attributes of {@code UnicodeError}. */
public final class UnicodeErrorBuiltins {
    private UnicodeErrorBuiltins() {
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

    @Builtin(name = "encoding", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class EncodingNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.ENCODING;
        }
    }

    @Builtin(name = "object", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ObjectNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.OBJECT;
        }
    }

    @Builtin(name = "start", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.START;
        }
    }

    @Builtin(name = "end", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class EndNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.END;
        }
    }

    @Builtin(name = "reason", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ReasonNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.REASON;
        }
    }
}
