package dev.taipan.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.imports.Importer;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;

/**
 * Builtins made on first use (written in Python in _taipan_builtins.py): aiter, anext,
 * breakpoint (and sys.breakpointhook), and site's exit/quit/help/copyright/credits/license. A lookup that misses the
 * builtins dict asks here before raising NameError/AttributeError; the value found is stored in
 * builtins, so later lookups find it directly.
 */
public final class LazyBuiltins {
    private LazyBuiltins() {
    }

    private static final java.util.Set<String> NAMES = java.util.Set.of("aiter", "anext", "breakpoint", "exit", "quit", "help", "copyright", "credits", "license");

    /** sys.breakpointhook, sys.__breakpointhook__ and sys.stdlib_module_names, installed by _taipan_builtins on first use. */
    @TruffleBoundary
    public static Object resolveSys(PythonModule sys, String name) {
        if (!name.equals("breakpointhook") && !name.equals("__breakpointhook__") && !name.equals("stdlib_module_names")) {
            return null;
        }
        Importer.importModule("_taipan_builtins");
        return sys.getAttribute(name);
    }

    /** The lazy builtin {@code name} (now also in {@code builtins}), or null. */
    @TruffleBoundary
    public static Object resolve(PDict builtins, String name) {
        if (!NAMES.contains(name)) {
            return null;
        }
        TaipanContext ctx = TaipanContext.get(null);
        if (builtins != ctx.getBuiltinsDict()) {
            return null; // a program's own builtins dict (exec with __builtins__) stays as given
        }
        PythonModule module = Importer.importModule("_taipan_builtins");
        Object v = CallDispatch.call(GenericAttributes.getAttribute(module, "resolve"), name);
        if (v == PNone.NONE) {
            return null;
        }
        builtins.setString(name, v);
        return v;
    }
}
