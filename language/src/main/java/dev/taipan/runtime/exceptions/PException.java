package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The Java throwable that carries a Python exception object up the Java stack. A new PException
 * is created for each {@code raise}; a bare {@code raise} rethrows the same one. The traceback is
 * built on the Python object as the exception passes through frames (see
 * {@code TracebackRecorder}), one entry per frame it enters, like CPython.
 * <p>
 * To other languages it is the Python exception object: every interop message but the exception
 * ones goes to {@link #pythonException} (members, meta-object, display string).
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "pythonException")
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    final PBaseException pythonException;
    /** Identity of the frame (its arguments array) that last added a traceback entry. */
    private Object lastFrameMarker;
    /** Whether {@code __context__} chaining has been done for this raise. */
    private boolean contextChained;
    /** A SyntaxError because the input ended too early (the REPL asks for more lines). */
    private boolean incompleteInput;

    public PException(PBaseException pythonException, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    public Object getLastFrameMarker() {
        return lastFrameMarker;
    }

    public void setLastFrameMarker(Object marker) {
        this.lastFrameMarker = marker;
    }

    public boolean isContextChained() {
        return contextChained;
    }

    public void setContextChained() {
        this.contextChained = true;
    }

    public boolean isIncompleteInput() {
        return incompleteInput;
    }

    public void setIncompleteInput(boolean incompleteInput) {
        this.incompleteInput = incompleteInput;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        try {
            return ExceptionFormatting.typeAndMessage(pythonException);
        } catch (Throwable t) {
            // outside a context (e.g. a Java stack trace printed by a test harness)
            var cls = pythonException.getExplicitClass();
            String name = cls != null ? cls.getName() : pythonException.kind().pythonName;
            var args = pythonException.getArgs();
            return args.size() > 0 && args.get(0) instanceof String s ? name + ": " + s : name;
        }
    }

    @Override
    public String toString() {
        return getMessage();
    }

    // ---------------------------------------------------------------- interop

    @ExportMessage
    boolean isException() {
        return true;
    }

    @ExportMessage
    RuntimeException throwException() {
        throw this;
    }

    /** SyntaxError is a parse error, SystemExit an exit request, KeyboardInterrupt an interrupt. */
    @ExportMessage
    @TruffleBoundary
    ExceptionType getExceptionType() {
        var cls = PyObjectGetClass.get(pythonException);
        if (cls.isSubtypeOfBuiltin(BuiltinType.SYNTAX_ERROR)) {
            return ExceptionType.PARSE_ERROR;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.SYSTEM_EXIT)) {
            return ExceptionType.EXIT;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.KEYBOARD_INTERRUPT)) {
            return ExceptionType.INTERRUPT;
        }
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteInput;
    }

    /** The exit status of SystemExit: None is 0, an int is itself, anything else 1. */
    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() {
        Object code = ExceptionFields.get(pythonException, ExceptionFields.CODE);
        if (code == PNone.NONE) {
            return 0;
        }
        if (IntMath.isInt(code)) {
            return (int) IntMath.asLong(IntMath.fitsLong(code) ? code : 1L);
        }
        return 1;
    }
}
