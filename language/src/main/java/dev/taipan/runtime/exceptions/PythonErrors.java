package dev.taipan.runtime.exceptions;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Creating Python exceptions from Java: {@code throw PythonErrors.typeError("... %s", x)}. The
 * message is formatted with {@link String#format} (callers pass reprs/names as strings). Every
 * factory transfers to the interpreter: raising is never on a compiled fast path.
 */
public final class PythonErrors {
    private PythonErrors() {
    }

    @TruffleBoundary
    public static PBaseException createException(BuiltinType type, String message) {
        TaipanContext ctx = TaipanContext.get(null);
        PTuple args = message == null ? PTuple.EMPTY : PTuple.of(message);
        PBaseException e = new PBaseException(ctx.getBuiltinClass(type), type, args);
        // the fields a constructor call would set (SystemExit.code, StopIteration.value, ...)
        ExceptionInit.initFields(e, type, args);
        return e;
    }

    public static PException raise(BuiltinType type, String format, Object... args) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return raiseBoundary(type, format, args);
    }

    @TruffleBoundary
    private static PException raiseBoundary(BuiltinType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        return new PException(createException(type, msg), null);
    }

    /** Raises an exception object (already created) as a new PException. */
    public static PException raise(PBaseException exception) {
        return new PException(exception, null);
    }

    public static PException typeError(String format, Object... args) {
        return raise(BuiltinType.TYPE_ERROR, format, args);
    }

    public static PException valueError(String format, Object... args) {
        return raise(BuiltinType.VALUE_ERROR, format, args);
    }

    public static PException attributeError(String format, Object... args) {
        return raise(BuiltinType.ATTRIBUTE_ERROR, format, args);
    }

    public static PException indexError(String format, Object... args) {
        return raise(BuiltinType.INDEX_ERROR, format, args);
    }

    public static PException nameError(String format, Object... args) {
        return raise(BuiltinType.NAME_ERROR, format, args);
    }

    public static PException zeroDivisionError(String format, Object... args) {
        return raise(BuiltinType.ZERO_DIVISION_ERROR, format, args);
    }

    public static PException overflowError(String format, Object... args) {
        return raise(BuiltinType.OVERFLOW_ERROR, format, args);
    }

    public static PException runtimeError(String format, Object... args) {
        return raise(BuiltinType.RUNTIME_ERROR, format, args);
    }

    public static PException systemError(String format, Object... args) {
        return raise(BuiltinType.SYSTEM_ERROR, format, args);
    }

    public static PException notImplementedError(String format, Object... args) {
        return raise(BuiltinType.NOT_IMPLEMENTED_ERROR, format, args);
    }

    /** KeyError keeps the key object itself as its argument (str() shows its repr). */
    @TruffleBoundary
    public static PException keyError(Object key) {
        TaipanContext ctx = TaipanContext.get(null);
        return new PException(new PBaseException(ctx.getBuiltinClass(BuiltinType.KEY_ERROR), BuiltinType.KEY_ERROR, PTuple.of(key)), null);
    }

    /** StopIteration(value), as raised when a generator returns. */
    @TruffleBoundary
    public static PException stopIteration(Object value) {
        TaipanContext ctx = TaipanContext.get(null);
        PBaseException e = new PBaseException(ctx.getBuiltinClass(BuiltinType.STOP_ITERATION), BuiltinType.STOP_ITERATION,
                        value == null ? PTuple.EMPTY : PTuple.of(value));
        if (value != null && value != dev.taipan.runtime.objects.PNone.NONE) {
            // (value reads as None when unset: the common end of a generator adds no field)
            ExceptionFields.set(e, ExceptionFields.VALUE, value);
        }
        return new PException(e, null);
    }
}
