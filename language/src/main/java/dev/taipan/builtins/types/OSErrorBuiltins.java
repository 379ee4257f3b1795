package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;

/** The data attributes of {@code OSError}. */
public final class OSErrorBuiltins {
    private OSErrorBuiltins() {
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

    @Builtin(name = "errno", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class ErrnoNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.ERRNO;
        }
    }

    @Builtin(name = "strerror", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class StrerrorNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.STRERROR;
        }
    }

    @Builtin(name = "filename", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class FilenameNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.FILENAME;
        }
    }

    @Builtin(name = "filename2", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class Filename2Node extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.FILENAME2;
        }
    }

    @Builtin(name = "characters_written", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class CharactersWrittenNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.CHARACTERS_WRITTEN;
        }
    }
}
