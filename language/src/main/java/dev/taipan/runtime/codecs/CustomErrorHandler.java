package dev.taipan.runtime.codecs;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * An error handler registered with {@code codecs.register_error}: called with the
 * UnicodeEncodeError/UnicodeDecodeError, it returns the replacement and where to resume.
 */
public final class CustomErrorHandler {
    private CustomErrorHandler() {
    }

    /** The handler registered under {@code name}, or null. */
    static Object lookup(String name) {
        return TaipanContext.get(null).getCodecRegistry().registeredError(name);
    }

    /** What the handler asks for: the replacement (a String, or byte[] from an encoder) and the resume position. */
    public record Result(Object replacement, int resume) {
    }

    /**
     * Calls the handler registered as {@code errors} with {@code error} (not raised);
     * {@code length} is the input's length, against which a negative position counts.
     */
    public static Result call(String errors, PException error, int length, boolean encoding) {
        Object r = CallDispatch.call(lookup(errors), error.getPythonException());
        Object replacement = r instanceof PTuple t && t.size() == 2 ? t.get(0) : null;
        if (replacement instanceof String) {
            // a str replacement
        } else if (encoding && replacement != null && BytesLike.bytesOrNull(replacement) != null) {
            replacement = BytesLike.bytesOrNull(replacement);
        } else {
            throw PythonErrors.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple");
        }
        Object pos = ((PTuple) r).get(1);
        if (!(pos instanceof Long p)) {
            throw PythonErrors.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple");
        }
        long resume = p < 0 ? length + p : p;
        if (resume < 0 || resume > length) {
            throw PythonErrors.raise(BuiltinType.INDEX_ERROR, "position %d from error handler out of bounds", p);
        }
        return new Result(replacement, (int) resume);
    }
}
