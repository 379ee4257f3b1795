package dev.taipan.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What happens to an exception that escapes the program: like CPython, SystemExit becomes the
 * exit status (printing a non-integer code to stderr) and anything else is handed to
 * {@code sys.excepthook}, which prints the traceback; the exit status is then 1.
 */
final class GuestErrors {
    private GuestErrors() {
    }

    private static final Source SYS = Source.create("taipan", "__import__('sys')");

    /** Reports {@code e} and returns the process exit status it calls for. */
    static int report(Context context, PolyglotException e, PrintStream err) {
        if (e.isExit()) {
            printExitMessage(context, e, err);
            return e.getExitStatus();
        }
        if (e.isInternalError() || !e.isGuestException()) {
            // a bug in Taipan, not in the program: the Java stack trace is what a bug report needs
            err.println("taipan: internal error (please report it with this trace):");
            e.printStackTrace(err);
            return 1;
        }
        if (e.isCancelled()) {
            return 1;
        }
        Value exc = e.getGuestObject();
        if (exc == null || exc.isNull()) {
            err.println(e.getMessage());
            return 1;
        }
        try {
            Value hook = context.eval(SYS).getMember("excepthook");
            hook.execute(exc.getMetaObject(), exc, exc.getMember("__traceback__"));
        } catch (PolyglotException hookFailure) {
            if (hookFailure.isExit()) {
                return hookFailure.getExitStatus();
            }
            err.println("Error in sys.excepthook:");
            err.println(hookFailure.getMessage());
            err.println();
            err.println("Original exception was:");
            err.println(e.getMessage());
        }
        return 1;
    }

    /** {@code sys.exit("message")} prints the message; an int or None code prints nothing. */
    private static void printExitMessage(Context context, PolyglotException e, PrintStream err) {
        Value exc = e.getGuestObject();
        if (exc == null || !exc.hasMember("code")) {
            return;
        }
        Value code = exc.getMember("code");
        if (code == null || code.isNull() || code.isNumber() || code.isBoolean()) {
            return;
        }
        err.println(code.isString() ? code.asString() : context.eval("taipan", "str").execute(code).asString());
    }
}
