package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.csv.CsvState;
import dev.taipan.runtime.csv.PCsvDialect;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.PythonClass;

/** {@code _csv.Dialect}: the constructor that validates options, and read-only attributes. */
public final class CsvDialectBuiltins {
    private CsvDialectBuiltins() {
    }

    static PCsvDialect self(Object o) {
        if (o instanceof PCsvDialect d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor requires a '_csv.Dialect' object but received '%s'", PyObjectGetClass.typeName(o));
    }

    /** The keyword options of Dialect(), reader(), writer() and register_dialect(): null where absent. */
    public static Object[] options(Object[] params, int from) {
        Object[] opts = new Object[PCsvDialect.OPTIONS.length];
        for (int i = 0; i < opts.length; i++) {
            Object v = params[from + i];
            opts[i] = v == PNone.NO_VALUE ? null : v;
        }
        return opts;
    }

    @Builtin(name = "__new__", params = {"cls", "dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace",
                    "strict"}, posOnly = 1, required = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object[] params) {
            Object dialect = params[1] == PNone.NO_VALUE ? null : params[1];
            return PCsvDialect.create((PythonClass) params[0], dialect, options(params, 2), CsvState.get());
        }
    }

    @Builtin(name = "delimiter", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DelimiterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return PCsvDialect.charValue(self(self).delimiter);
        }
    }

    @Builtin(name = "escapechar", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class EscapecharNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return PCsvDialect.charValue(self(self).escapechar);
        }
    }

    @Builtin(name = "quotechar", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class QuotecharNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return PCsvDialect.charValue(self(self).quotechar);
        }
    }

    @Builtin(name = "lineterminator", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class LineterminatorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).lineterminator;
        }
    }

    @Builtin(name = "quoting", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class QuotingNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self).quoting;
        }
    }

    @Builtin(name = "doublequote", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DoublequoteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).doublequote;
        }
    }

    @Builtin(name = "skipinitialspace", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SkipinitialspaceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).skipinitialspace;
        }
    }

    @Builtin(name = "strict", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StrictNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return self(self).strict;
        }
    }

    // a dialect is not picklable: object's default reduce would lose the options
    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends dev.taipan.builtins.PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            throw PythonErrors.typeError("cannot pickle '%s' instances", PyObjectGetClass.get(self).getName());
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "protocol"})
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object protocol) {
            throw PythonErrors.typeError("cannot pickle '%s' instances", PyObjectGetClass.get(self).getName());
        }
    }
}
