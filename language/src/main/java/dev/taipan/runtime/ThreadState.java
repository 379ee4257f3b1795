package dev.taipan.runtime;

import dev.taipan.runtime.exceptions.PBaseException;

/**
 * What CPython keeps in its thread state: the exception currently being handled (what
 * {@code sys.exc_info()} returns and what a new exception gets as {@code __context__}) and the
 * Python call depth for RecursionError.
 */
public final class ThreadState {
    private PBaseException handledException;
    /** Python frames on the stack; the main module's counts, as in CPython. */
    private int recursionDepth = 1;
    private int recursionLimit = 1000;

    public PBaseException getHandledException() {
        return handledException;
    }

    public void setHandledException(PBaseException e) {
        this.handledException = e;
    }

    public int getRecursionDepth() {
        return recursionDepth;
    }

    /** Enters a Python call: RecursionError beyond the limit (sys.setrecursionlimit). */
    public void enterCall() {
        if (++recursionDepth > recursionLimit) {
            recursionDepth--;
            throw dev.taipan.runtime.exceptions.PythonErrors.raise(dev.taipan.runtime.types.BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    public void exitCall() {
        recursionDepth--;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }
}
