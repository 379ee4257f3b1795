package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;

/** Interactive echo of expression statements through {@code sys.displayhook}. */
final class Display {
    private Display() {
    }

    @TruffleBoundary
    static void displayhook(Object value) {
        Object hook = TaipanContext.get(null).getSysModule().getAttribute("displayhook");
        if (hook == null) {
            throw PythonErrors.runtimeError("lost sys.displayhook");
        }
        CallDispatch.call(hook, value);
    }
}
