package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;

/** The data attributes of {@code SyntaxError}. */
public final class SyntaxErrorBuiltins {
    private SyntaxErrorBuiltins() {
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

    @Builtin(name = "filename", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class FilenameNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.FILENAME;
        }
    }

    @Builtin(name = "lineno", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class LinenoNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.LINENO;
        }
    }

    @Builtin(name = "offset", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class OffsetNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.OFFSET;
        }
    }

    @Builtin(name = "text", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class TextNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.TEXT;
        }
    }

    @Builtin(name = "end_lineno", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class EndLinenoNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.END_LINENO;
        }
    }

    @Builtin(name = "end_offset", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class EndOffsetNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.END_OFFSET;
        }
    }

    @Builtin(name = "print_file_and_line", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class PrintFileAndLineNode extends Field {
        @Override
        HiddenKey key() {
            return ExceptionFields.PRINT_FILE_AND_LINE;
        }
    }
}
