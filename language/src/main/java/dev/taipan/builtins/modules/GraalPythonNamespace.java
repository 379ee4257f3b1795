package dev.taipan.builtins.modules;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonNullaryBuiltinNode;

/**
 * Functions of the {@code __graalpython__} namespace that the bundled standard library (GraalPy's
 * patched Lib) calls: multiprocessing and subprocess ask which posix backend runs.
 */
public final class GraalPythonNamespace {
    private GraalPythonNamespace() {
    }

    /** Taipan's posix module is emulated on the JVM, like GraalPy's 'java' backend. */
    @Builtin(name = "posix_module_backend")
    @GenerateNodeFactory
    public abstract static class PosixModuleBackendNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIt() {
            return "java";
        }
    }
}
