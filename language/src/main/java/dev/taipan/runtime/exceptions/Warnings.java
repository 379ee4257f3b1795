package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Warnings raised by the VM itself (CPython's PyErr_WarnEx with stacklevel 1): they go through
 * the warnings module, so filters, -W and catch_warnings apply and the Python code running the
 * operation is the warning's location.
 */
public final class Warnings {
    private Warnings() {
    }

    /**
     * The warnings compiling {@code filename} gave, in order, as CPython's compiler issues them
     * (warnings.warn_explicit at the file and line).
     */
    @TruffleBoundary
    public static void compileWarnings(java.util.List<dev.taipan.parser.CompileWarning> warnings, String filename) {
        if (warnings.isEmpty()) {
            return;
        }
        Object warnExplicit = GenericAttributes.getAttribute(Importer.importModule("warnings"), "warn_explicit");
        Object category = TaipanContext.get(null).getBuiltinClass(BuiltinType.SYNTAX_WARNING);
        for (dev.taipan.parser.CompileWarning w : warnings) {
            try {
                CallDispatch.call(warnExplicit, w.message(), category, filename, (long) w.line());
            } catch (PException e) {
                // a filter made it an error: compiling fails with a SyntaxError of that message, as in CPython
                if (dev.taipan.runtime.abstractops.PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.SYNTAX_WARNING)) {
                    throw SyntaxErrors.toPythonException(new dev.taipan.parser.SyntaxErrorException(dev.taipan.parser.SyntaxErrorException.Kind.SYNTAX_ERROR,
                                    w.message(), w.line(), 0, w.line(), 0, null, false), filename);
                }
                throw e;
            }
        }
    }

    @TruffleBoundary
    public static void warn(BuiltinType category, String message) {
        Object warn = GenericAttributes.getAttribute(Importer.importModule("warnings"), "warn");
        CallDispatch.call(warn, message, TaipanContext.get(null).getBuiltinClass(category));
    }
}
