package dev.taipan.runtime.exceptions;

import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A Python exception object (an instance of BaseException or a subclass). Thrown through Java as
 * a {@link PException}. The fields that subclasses add in CPython (OSError.errno,
 * SyntaxError.lineno, StopIteration.value, ...) are kept in the shape under hidden keys, see
 * {@link ExceptionFields}.
 */
public final class PBaseException extends PythonObject {
    private final BuiltinType kind;
    private PTuple args;
    /** PTraceback or null. */
    private Object traceback;
    private PBaseException context;
    private PBaseException cause;
    private boolean suppressContext;

    public PBaseException(PythonClass cls, BuiltinType kind, PTuple args) {
        super(cls);
        this.kind = kind;
        this.args = args;
    }

    /** The builtin exception type this object's class derives from (decides its fields). */
    public BuiltinType kind() {
        return kind;
    }

    @Override
    public BuiltinType builtinType() {
        return kind;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    public PBaseException getContext() {
        return context;
    }

    public void setContext(PBaseException context) {
        this.context = context;
    }

    public PBaseException getCause() {
        return cause;
    }

    public void setCause(PBaseException cause) {
        this.cause = cause;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }
}
