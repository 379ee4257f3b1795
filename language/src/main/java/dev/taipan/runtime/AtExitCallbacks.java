package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.ExceptionFormatting;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;

/** The functions registered with {@code atexit}, run last-in first-out when the context closes. */
public final class AtExitCallbacks {
    private record Callback(Object function, Object[] args, String[] kwnames) {
    }

    private final List<Callback> callbacks = new ArrayList<>();

    @TruffleBoundary
    public void register(Object function, Object[] args, String[] kwnames) {
        callbacks.add(new Callback(function, args, kwnames));
    }

    /** Removes every registration of a function equal to {@code function}. */
    @TruffleBoundary
    public void unregister(Object function) {
        callbacks.removeIf(c -> PyObjectRichCompareBool.eqUncached(c.function, function));
    }

    public int size() {
        return callbacks.size();
    }

    @TruffleBoundary
    public void clear() {
        callbacks.clear();
    }

    /** Runs and forgets all callbacks; an exception is reported and the rest still run. */
    @TruffleBoundary
    public void runAll() {
        while (!callbacks.isEmpty()) {
            Callback c = callbacks.remove(callbacks.size() - 1);
            try {
                CallDispatch.call(c.function, c.args, c.kwnames);
            } catch (PException e) {
                System.err.print("Exception ignored in atexit callback: " + PyObjectStr.repr(c.function) + "\n" + ExceptionFormatting.format(e.getPythonException()));
                System.err.flush();
            }
        }
    }
}
