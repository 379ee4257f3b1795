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
        String text = prefix + ": " + where + "\n" + ExceptionFormatting.format(e.getPythonException());
        try {
            CallDispatch.call(GenericAttributes.getAttribute(err, "write"), text);
            CallDispatch.call(GenericAttributes.getAttribute(err, "flush"));
        } catch (PException writeFailed) {
            // like the default hook: when stderr itself fails there is nowhere left to report
        }
    }
}
