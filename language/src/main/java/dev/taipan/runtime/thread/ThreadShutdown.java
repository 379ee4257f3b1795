package dev.taipan.runtime.thread;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds a Python thread still running when the program ends (a daemon thread): thrown at its
 * next safepoint or when it next waits, it is no Python exception, so except clauses let it
 * pass while finally blocks run (a ControlFlowException, which the interpreter lets through).
 */
public final class ThreadShutdown extends ControlFlowException {
    private static final long serialVersionUID = 1L;
}
