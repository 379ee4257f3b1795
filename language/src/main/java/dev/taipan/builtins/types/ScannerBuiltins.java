package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.sre.PScanner;

/** The methods of {@code _sre.SRE_Scanner}. */
public final class ScannerBuiltins {
    private ScannerBuiltins() {
    }

    static PScanner self(Object o, String method) {
        if (o instanceof PScanner s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor '%s' for '_sre.SRE_Scanner' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "match", params = {"self"})
    @GenerateNodeFactory
    public abstract static class MatchNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            return self(self, "match").next(true);
        }
    }

    @Builtin(name = "search", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SearchNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            return self(self, "search").next(false);
        }
    }

    @Builtin(name = "pattern", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class PatternNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self, "pattern").pattern;
        }
    }
}
