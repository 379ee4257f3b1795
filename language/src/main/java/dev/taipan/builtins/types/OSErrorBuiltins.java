package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

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

    /** The filenames come back into the args (OSError's args hold only errno and strerror). */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            PBaseException e = BaseExceptionBuiltins.self(self, "__reduce__");
            PTuple args = e.getArgs();
            Object filename = ExceptionFields.get(e, ExceptionFields.FILENAME);
            if (args.size() == 2 && filename != PNone.NONE) {
                Object filename2 = ExceptionFields.get(e, ExceptionFields.FILENAME2);
                args = filename2 == PNone.NONE ? PTuple.of(args.get(0), args.get(1), filename)
                                : PTuple.of(args.get(0), args.get(1), filename, PNone.NONE, filename2);
            }
            return BaseExceptionBuiltins.reduce(e, args, BaseExceptionBuiltins.instanceState(e));
        }
    }
}
