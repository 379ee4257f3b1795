package dev.taipan.runtime.codecs;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The builtin codec error handlers (the {@code errors=} argument). The name is only looked up when
 * an error occurs, as in CPython: an unknown handler is harmless on valid input.
 */
public enum ErrorHandler {
    STRICT,
    IGNORE,
    REPLACE,
    BACKSLASHREPLACE,
    SURROGATEESCAPE,
    SURROGATEPASS,
    XMLCHARREFREPLACE,
    NAMEREPLACE,
    /** One registered from Python with codecs.register_error (see {@link CustomErrorHandler}). */
    CUSTOM;

    /** The handler called {@code name}; LookupError for an unknown name. */
    public static ErrorHandler lookup(String name) {
        return switch (name) {
            case "strict" -> STRICT;
            case "ignore" -> IGNORE;
            case "replace" -> REPLACE;
            case "backslashreplace" -> BACKSLASHREPLACE;
            case "surrogateescape" -> SURROGATEESCAPE;
            case "surrogatepass" -> SURROGATEPASS;
            case "xmlcharrefreplace" -> XMLCHARREFREPLACE;
            case "namereplace" -> NAMEREPLACE;
            default -> {
                if (CustomErrorHandler.lookup(name) == null) {
                    throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown error handler name '%s'", name);
                }
                yield CUSTOM;
            }
        };
    }
}
