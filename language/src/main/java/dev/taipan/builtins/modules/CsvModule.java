package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.csv.CsvState;
import dev.taipan.runtime.csv.PCsvDialect;
import dev.taipan.runtime.csv.PCsvReader;
import dev.taipan.runtime.csv.PCsvWriter;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _csv}: the CSV reader and writer, dialects and their registry (csv.py wraps it). */
public final class CsvModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_csv";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(CsvModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("Error", ctx.getBuiltinClass(BuiltinType.CSV_ERROR));
        m.setAttribute("Dialect", ctx.getBuiltinClass(BuiltinType.CSV_DIALECT));
        m.setAttribute("Reader", ctx.getBuiltinClass(BuiltinType.CSV_READER));
        m.setAttribute("Writer", ctx.getBuiltinClass(BuiltinType.CSV_WRITER));
        m.setAttribute("_dialects", CsvState.get().dialects);
        m.setAttribute("__version__", "1.0");
        m.setAttribute("__doc__", "CSV parsing and writing.\n");
        String[] styles = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"};
        for (int i = 0; i < styles.length; i++) {
            m.setAttribute(styles[i], (long) i);
        }
    }

    /** What CPython's _call_dialect does: Dialect(dialect, **kwargs), as a PCsvDialect. */
    @TruffleBoundary
    static PCsvDialect dialect(Object dialect, Object kwargs) {
        Object[] opts = new Object[PCsvDialect.OPTIONS.length];
        if (kwargs instanceof PDict kw && kw.size() > 0) {
            List<String> names = List.of(PCsvDialect.OPTIONS);
            for (Object key : SequenceOps.toArray(kw)) {
                int i = names.indexOf(key);
                if (i < 0) {
                    throw PythonErrors.typeError("'%s' is an invalid keyword argument for this function", key);
                }
                opts[i] = kw.getItem(key);
            }
        }
        CsvState state = CsvState.get();
        PCsvDialect d = PCsvDialect.create(null, dialect == PNone.NO_VALUE ? null : dialect, opts, state);
        return d;
    }

    @Builtin(name = "reader", params = {"iterable", "dialect"}, posOnly = 1, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class ReaderNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object iterable, Object dialect, Object kwargs) {
            Object it = PyObjectIter.getIter(iterable);
            return new PCsvReader(it, dialect(dialect, kwargs), CsvState.get());
        }
    }

    @Builtin(name = "writer", params = {"fileobj", "dialect"}, posOnly = 1, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class WriterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object file, Object dialect, Object kwargs) {
            Object write = GenericAttributes.lookupAttribute(file, "write");
            if (write == null || dev.taipan.runtime.abstractops.PyObjectGetClass.get(write).lookup("__call__") == null) {
                throw PythonErrors.typeError("argument 1 must have a \"write\" method");
            }
            return new PCsvWriter(write, dialect(dialect, kwargs));
        }
    }

    @Builtin(name = "register_dialect", params = {"name", "dialect"}, posOnly = 1, required = 1, varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class RegisterDialectNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object name, Object dialect, Object kwargs) {
            if (StrBuiltins.asString(name) == null) {
                throw PythonErrors.typeError("dialect name must be a string");
            }
            CsvState.get().dialects.setItem(name, dialect(dialect, kwargs));
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister_dialect", params = {"name"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class UnregisterDialectNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object name) {
            CsvState state = CsvState.get();
            if (state.dialects.getItem(name) == null) {
                throw PythonErrors.raise(BuiltinType.CSV_ERROR, "unknown dialect");
            }
            state.dialects.removeItem(name);
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_dialect", params = {"name"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class GetDialectNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object name) {
            return CsvState.get().lookup(name);
        }
    }

    @Builtin(name = "list_dialects", params = {})
    @GenerateNodeFactory
    public abstract static class ListDialectsNode extends PythonNullaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt() {
            return new PList(SequenceOps.toArray(CsvState.get().dialects));
        }
    }

    @Builtin(name = "field_size_limit", params = {"new_limit"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class FieldSizeLimitNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object newLimit) {
            CsvState state = CsvState.get();
            long old = state.fieldLimit;
            if (newLimit != PNone.NO_VALUE) {
                if (!(newLimit instanceof Long) && !(newLimit instanceof java.math.BigInteger)) {
                    throw PythonErrors.typeError("limit must be an integer");
                }
                state.fieldLimit = PyNumberConvert.asSize(newLimit, BuiltinType.OVERFLOW_ERROR);
            }
            return old;
        }
    }
}
