package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.objects.PNone;

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

    /** name, path and name_from live outside the instance dict, so the pickle state adds them. */
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            PBaseException e = BaseExceptionBuiltins.self(self, "__reduce__");
            PDict dict = BaseExceptionBuiltins.instanceState(e);
            PDict state = null;
            String[] names = {"name", "path", "name_from"};
            HiddenKey[] keys = {ExceptionFields.NAME, ExceptionFields.PATH, ExceptionFields.NAME_FROM};
            for (int i = 0; i < keys.length; i++) {
                Object v = ExceptionFields.get(e, keys[i]);
                if (v != PNone.NONE) {
                    if (state == null) {
                        state = dict == null ? new PDict() : new PDict(dict.storage().copy());
                    }
                    state.setItem(names[i], v);
                }
            }
            return BaseExceptionBuiltins.reduce(e, e.getArgs(), state != null ? state : dict);
        }
    }
}
