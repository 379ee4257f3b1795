package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;

/** The data attributes of {@code ImportError}. */
public final class ImportErrorBuiltins {
    private ImportErrorBuiltins() {
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

    @Builtin(name = "msg", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class MsgNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.MSG;
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

    @Builtin(name = "path", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class PathNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.PATH;
        }
    }

    @Builtin(name = "name_from", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class NameFromNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.NAME_FROM;
        }
    }
}
