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

    @TruffleBoundary
    public static void warn(BuiltinType category, String message) {
        Object warn = GenericAttributes.getAttribute(Importer.importModule("warnings"), "warn");
        CallDispatch.call(warn, message, TaipanContext.get(null).getBuiltinClass(category));
    }
}
