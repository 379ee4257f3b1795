package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.parser.SyntaxErrorException;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** Turns the front end's SyntaxErrorException into a Python SyntaxError/IndentationError/TabError. */
public final class SyntaxErrors {
    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static PException toPythonException(SyntaxErrorException e, String filename) {
        BuiltinType type = switch (e.kind) {
            case INDENTATION_ERROR -> BuiltinType.INDENTATION_ERROR;
            case TAB_ERROR -> BuiltinType.TAB_ERROR;
            default -> BuiltinType.SYNTAX_ERROR;
        };
        Object text = e.text == null ? PNone.NONE : e.text;
        PTuple details = PTuple.of(filename, (long) e.lineno, (long) e.offset, text, (long) e.endLineno, (long) e.endOffset);
        PBaseException exc = new PBaseException(TaipanContext.get(null).getBuiltinClass(type), type, PTuple.of(e.getMessage(), details));
        ExceptionFields.set(exc, ExceptionFields.MSG, e.getMessage());
        ExceptionFields.set(exc, ExceptionFields.FILENAME, filename);
        ExceptionFields.set(exc, ExceptionFields.LINENO, (long) e.lineno);
        ExceptionFields.set(exc, ExceptionFields.OFFSET, (long) e.offset);
        ExceptionFields.set(exc, ExceptionFields.TEXT, text);
        ExceptionFields.set(exc, ExceptionFields.END_LINENO, (long) e.endLineno);
        ExceptionFields.set(exc, ExceptionFields.END_OFFSET, (long) e.endOffset);
        PException pe = new PException(exc, null);
        pe.setIncompleteInput(e.incompleteInput);
        return pe;
    }
}
