package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.interop.InteropValues;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code polyglot}: other GraalVM languages from Python. {@code eval(language=, string=)} runs
 * code of another language; {@code import_value(name)} and {@code export_value(name, value)}
 * use the polyglot bindings shared by all languages of the context.
 */
public final class PolyglotModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "polyglot";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(PolyglotModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext context, PythonModule module) {
        module.setAttribute("ForeignObject", context.getBuiltinClass(BuiltinType.FOREIGN));
    }

    @Builtin(name = "eval", params = {"path", "string", "language"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class EvalNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEval(Object path, Object string, Object language) {
            if (!(language instanceof String lang)) {
                throw PythonErrors.typeError("polyglot.eval() needs the language as a str keyword argument");
            }
            TaipanContext ctx = TaipanContext.get(null);
            var info = ctx.getEnv().getPublicLanguages().get(lang);
            if (info == null) {
                throw PythonErrors.valueError("polyglot language '%s' is not installed (have: %s)", lang, ctx.getEnv().getPublicLanguages().keySet());
            }
            Source source;
            if (string instanceof String code) {
                source = Source.newBuilder(lang, code, "<eval>").build();
            } else if (path instanceof String p) {
                try {
                    source = Source.newBuilder(lang, ctx.getEnv().getPublicTruffleFile(p)).build();
                } catch (java.io.IOException e) {
                    throw PythonErrors.raise(BuiltinType.OS_ERROR, "%s", e.getMessage());
                }
            } else {
                throw PythonErrors.typeError("polyglot.eval() needs a string= or path= argument");
            }
            return InteropValues.fromForeign(ctx.getEnv().parsePublic(source).call());
        }
    }

    @Builtin(name = "import_value", params = {"name"})
    @GenerateNodeFactory
    public abstract static class ImportValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doImport(Object name) {
            if (!(name instanceof String n)) {
                throw PythonErrors.typeError("import_value() name must be str, not %s", PyObjectGetClass.typeName(name));
            }
            Object v = TaipanContext.get(null).getEnv().importSymbol(n);
            return v == null ? PNone.NONE : InteropValues.fromHost(v);
        }
    }

    @Builtin(name = "export_value", params = {"name", "value"}, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class ExportValueNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExport(Object name, Object value) {
            if (!(name instanceof String n)) {
                throw PythonErrors.typeError("export_value() name must be str, not %s", PyObjectGetClass.typeName(name));
            }
            TaipanContext.get(null).getEnv().exportSymbol(n, InteropValues.toHost(value));
            return value;
        }
    }
}
