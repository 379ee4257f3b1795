package dev.taipan.runtime.codecs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The codec registry of one context (CPython's interp->codec_search_path, codec_search_cache and
 * codec_error_registry): search functions registered by {@code codecs.register} (the encodings
 * package registers the standard one), their cached answers, and the named error handlers.
 */
public final class CodecRegistry {
    private final List<Object> searchFunctions = new ArrayList<>();
    private final Map<String, Object> cache = new HashMap<>();
    private final Map<String, Object> errorHandlers = new HashMap<>();

    @TruffleBoundary
    public void register(Object search) {
        if (PyObjectGetClass.get(search).lookup("__call__") == null) {
            throw PythonErrors.typeError("argument must be callable");
        }
        searchFunctions.add(search);
    }

    @TruffleBoundary
    public void unregister(Object search) {
        searchFunctions.remove(search);
        cache.clear();
    }

    /** CPython's normalizestring: lower case, spaces become underscores. */
    static String normalize(String encoding) {
        return encoding.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The CodecInfo of an encoding (LookupError when no search function knows it). */
    @TruffleBoundary
    public Object lookup(String encoding) {
        String key = normalize(encoding);
        Object hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        if (searchFunctions.isEmpty()) {
            // the encodings package registers the standard search function when imported
            dev.taipan.runtime.imports.Importer.importModule("encodings");
        }
        for (Object search : new ArrayList<>(searchFunctions)) {
            Object r = CallDispatch.call(search, key);
            if (r == PNone.NONE) {
                continue;
            }
            if (!(r instanceof PTuple t) || t.size() != 4) {
                throw PythonErrors.typeError("codec search functions must return 4-tuples");
            }
            cache.put(key, r);
            return r;
        }
        throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
    }

    @TruffleBoundary
    public void forget(String encoding) {
        cache.remove(normalize(encoding));
    }

    @TruffleBoundary
    public void registerError(String name, Object handler) {
        if (PyObjectGetClass.get(handler).lookup("__call__") == null) {
            throw PythonErrors.typeError("handler must be callable");
        }
        errorHandlers.put(name, handler);
    }

    /** A handler registered from Python, or null (the builtin ones are looked up by the module). */
    @TruffleBoundary
    public Object registeredError(String name) {
        return errorHandlers.get(name);
    }
}
