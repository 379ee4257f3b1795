package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Java errors inside the interpreter become Python exceptions: a deep recursion's
 * StackOverflowError is RecursionError, OutOfMemoryError is MemoryError, and a VM bug is a
 * SystemError (with the Java trace printed only when TAIPAN_DEBUG is set).
 */
public final class InternalErrors {
    private InternalErrors() {
    }

    private static final boolean DEBUG = System.getenv("TAIPAN_DEBUG") != null;

    @TruffleBoundary
    public static Throwable toPythonException(Throwable t) {
        if (t instanceof AbstractTruffleException || t instanceof ControlFlowException || t instanceof ThreadDeath) {
            return t;
        }
        if (t instanceof StackOverflowError) {
            return PythonErrors.raise(BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        if (DEBUG) {
            t.printStackTrace();
        }
        return PythonErrors.systemError("internal error in the Taipan VM: %s", t);
    }
}
