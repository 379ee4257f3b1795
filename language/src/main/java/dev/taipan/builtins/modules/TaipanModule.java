package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.bytecode.PBytecodeRootNode;
import dev.taipan.parser.AstDump;
import dev.taipan.parser.InputMode;
import dev.taipan.parser.Parser;
import dev.taipan.parser.SyntaxErrorException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.SyntaxErrors;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.imports.MainRunner;
import dev.taipan.runtime.objects.PNone;

/**
 * {@code _taipan}: hooks of the VM that the launcher and the tests use (running -m targets,
 * dumping the AST). Not a public API.
 */
public final class TaipanModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_taipan";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(TaipanModuleFactory::getFactories, TaipanProcessFunctionsFactory::getFactories);
    }

    @Builtin(name = "run_module_as_main", params = {"name"})
    @GenerateNodeFactory
    public abstract static class RunModuleAsMainNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRun(Object name) {
            MainRunner.runModule(string(name, "name"));
            return PNone.NONE;
        }
    }

    @Builtin(name = "run_path_as_main", params = {"path"})
    @GenerateNodeFactory
    public abstract static class RunPathAsMainNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRun(Object path) {
            MainRunner.runPath(string(path, "path"));
            return PNone.NONE;
        }
    }

    /** {@code dump_ast(source, filename='<unknown>', mode='exec')}: the parser's AST as ast.dump prints it. */
    @Builtin(name = "dump_ast", params = {"source", "filename", "mode"}, required = 1)
    @GenerateNodeFactory
    public abstract static class DumpAstNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDump(Object source, Object filename, Object mode) {
            String text = string(source, "source");
            String file = filename == PNone.NO_VALUE ? "<unknown>" : string(filename, "filename");
            InputMode m = mode == PNone.NO_VALUE ? InputMode.FILE : CodeFunctions.mode(mode);
            try {
                return AstDump.dump(Parser.parse(text, m));
            } catch (SyntaxErrorException e) {
                throw SyntaxErrors.toPythonException(e, file);
            }
        }
    }

    /**
     * {@code tokenize(source)}: ([(kind, string, (srow, scol), (erow, ecol), line), ...], error):
     * the tokenize module's view of the source (see PythonTokens); error is the SyntaxError that
     * stopped the tokenizer after those tokens, or None.
     */
    @Builtin(name = "tokenize", params = {"source"})
    @GenerateNodeFactory
    public abstract static class TokenizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object source) {
            java.util.List<dev.taipan.parser.PythonTokens.Info> infos = new java.util.ArrayList<>();
            Object error = PNone.NONE;
            try {
                dev.taipan.parser.PythonTokens.tokenize(string(source, "source"), infos);
            } catch (SyntaxErrorException e) {
                error = SyntaxErrors.toPythonException(e, "<string>").getPythonException();
            }
            Object[] items = new Object[infos.size()];
            for (int i = 0; i < items.length; i++) {
                var t = infos.get(i);
                items[i] = dev.taipan.runtime.objects.PTuple.of(t.kind(), t.string(), dev.taipan.runtime.objects.PTuple.of((long) t.startLine(), (long) t.startCol()),
                                dev.taipan.runtime.objects.PTuple.of((long) t.endLine(), (long) t.endCol()), t.line());
            }
            return dev.taipan.runtime.objects.PTuple.of(new dev.taipan.runtime.objects.PList(items), error);
        }
    }

    /** {@code nanotime()}: a monotonic clock in nanoseconds, for timing VM internals (warm-up curves). */
    @Builtin(name = "nanotime")
    @GenerateNodeFactory
    public abstract static class NanoTimeNode extends PythonNullaryBuiltinNode {
        @Specialization
        static long doTime() {
            return System.nanoTime();
        }
    }

    /** {@code code_instructions(code)}: the instructions Taipan's dis module prints (see CodeIntrospection). */
    @Builtin(name = "code_instructions", params = {"code"})
    @GenerateNodeFactory
    public abstract static class CodeInstructionsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object code) {
            if (!(code instanceof PCode c)) {
                throw PythonErrors.typeError("code_instructions() expects a code object");
            }
            return dev.taipan.bytecode.CodeIntrospection.instructions(c);
        }
    }

    /** {@code dump_code(f)}: the Bytecode DSL dump of a function's code (tier, quickened instructions, specializations). */
    @Builtin(name = "dump_code", params = {"f"})
    @GenerateNodeFactory
    public abstract static class DumpCodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDump(Object f) {
            PCode code = f instanceof PFunction fn ? fn.getCode() : f instanceof PCode c ? c : null;
            if (code == null) {
                throw PythonErrors.typeError("dump_code() expects a function or code object");
            }
            return ((PBytecodeRootNode) code.getRootNode()).getBytecodeNode().dump();
        }
    }

    private static String string(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("%s must be str", what);
    }
}
