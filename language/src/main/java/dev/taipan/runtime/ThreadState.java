package dev.taipan.runtime;

import dev.taipan.runtime.exceptions.PBaseException;

/**
 * What CPython keeps in its thread state: the exception currently being handled (what
 * {@code sys.exc_info()} returns and what a new exception gets as {@code __context__}) and the
 * Python call depth for RecursionError.
 */
public final class ThreadState {
    private PBaseException handledException;
    private int recursionDepth;
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

    /** Returns the new depth. */
    public int enterCall() {
        return ++recursionDepth;
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
