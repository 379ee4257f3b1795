package dev.taipan.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;

/** Fills a builtin type's namespace with its methods the first time it is looked into. */
final class BuiltinTypeInstaller {
    private BuiltinTypeInstaller() {
    }

    @TruffleBoundary
    static void install(PythonClass cls) {
        synchronized (cls) {
            if (!cls.methodsInstalled()) {
                cls.markMethodsInstalled();
                TaipanContext.get(null).installBuiltinMethods(cls);
            }
        }
    }
}
