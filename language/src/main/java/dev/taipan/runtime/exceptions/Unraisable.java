package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;

/**
 * CPython's PyErr_WriteUnraisable with the default sys.unraisablehook: an exception raised where
 * nobody can catch it (a finalizer) is printed to sys.stderr and then dropped.
 */
public final class Unraisable {
    private Unraisable() {
    }

    @TruffleBoundary
    public static void write(Object obj, PException e) {
        write("Exception ignored in", obj, e);
    }

    /** With CPython's other wordings of the first line, e.g. "Exception ignored in thread started by". */
    @TruffleBoundary
    public static void write(String prefix, Object obj, PException e) {
        var sys = TaipanContext.get(null).getSysModule();
        Object hook = sys.getAttribute("unraisablehook");
        if (hook != null && hook != sys.getAttribute("__unraisablehook__")) {
            // the program's own sys.unraisablehook gets CPython's UnraisableHookArgs
            PBaseException exc = e.getPythonException();
            Object args = dev.taipan.runtime.objects.StructSequence.create(hookArgsType(), dev.taipan.runtime.abstractops.PyObjectGetClass.get(exc), exc,
                            exc.getTraceback() == null ? PNone.NONE : exc.getTraceback(), prefix.equals("Exception ignored in") ? PNone.NONE : prefix, obj);
            try {
                CallDispatch.call(hook, args);
                return;
            } catch (PException hookFailed) {
                // like CPython: a failing hook falls back to the default output
            }
        }
        writeDefault(prefix, obj, e.getPythonException());
    }

    /** The type of sys.unraisablehook's argument. */
    public static dev.taipan.runtime.types.PythonClass hookArgsType() {
        return dev.taipan.runtime.os.OsState.get().structType("UnraisableHookArgs", new String[]{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5);
    }

    /** The default hook's output: "{prefix}: {obj!r}" and the traceback, on sys.stderr. */
    @TruffleBoundary
    public static void writeDefault(String prefix, Object obj, PBaseException exc) {
        Object err = TaipanContext.get(null).getSysModule().getAttribute("stderr");
        if (err == null || err == PNone.NONE) {
            return;
        }
        String where;
        try {
            where = PyObjectStr.repr(obj);
        } catch (PException reprFailed) {
            where = "<object repr() failed>";
        }
        String text = (obj == PNone.NONE ? prefix : prefix + ": " + where) + "\n" + ExceptionFormatting.format(exc);
        try {
            CallDispatch.call(GenericAttributes.getAttribute(err, "write"), text);
            CallDispatch.call(GenericAttributes.getAttribute(err, "flush"));
        } catch (PException writeFailed) {
            // like the default hook: when stderr itself fails there is nowhere left to report
        }
    }
}
