package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanLanguage;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.compiler.CompilerFlags;
import dev.taipan.parser.InputMode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/** compile(), exec() and eval(). */
public final class CodeFunctions {
    private CodeFunctions() {
    }

    @TruffleBoundary
    static PCode compileSource(Object source, String filename, InputMode mode) {
        String text;
        if (source instanceof String s) {
            text = s;
        } else if (dev.taipan.runtime.bytes.BytesLike.check(source)) {
            text = decodeSource(dev.taipan.runtime.bytes.BytesLike.require(source));
        } else {
            throw PythonErrors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (text.indexOf('\0') >= 0) {
            throw PythonErrors.raise(dev.taipan.runtime.types.BuiltinType.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        Source src = Source.newBuilder(TaipanLanguage.ID, text, filename).build();
        TaipanContext ctx = TaipanContext.get(null);
        CompilerFlags flags = new CompilerFlags(mode.isInteractive(), false, 0, false, false);
        return ctx.compile(src, mode, flags);
    }

    static InputMode mode(Object m) {
        String s = dev.taipan.runtime.strings.StrArgs.value(m);
        if (s == null) {
            throw PythonErrors.typeError("compile() mode must be str");
        }
        return switch (s) {
            case "exec" -> InputMode.FILE;
            case "eval" -> InputMode.EVAL;
            case "single" -> InputMode.SINGLE;
            default -> throw PythonErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
    }

    @Builtin(name = "compile", params = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, required = 3, posOnly = 0, kwOnly = {"_feature_version"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doCompile(Object[] params) {
            Object filename = params[1];
            String fn = filename instanceof String s ? s : filename instanceof PBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8) : "<unknown>";
            long flags = params[3] == PNone.NO_VALUE ? 0 : dev.taipan.runtime.abstractops.PyNumberConvert.asSize(params[3], null);
            Object source = params[0];
            if (isAst(source)) {
                if ((flags & PY_CF_ONLY_AST) != 0) {
                    return source;
                }
                // Taipan compiles source text: an AST is written back as source (ast.unparse) first
                Object ast = dev.taipan.runtime.imports.Importer.importModule("ast");
                source = dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(ast, "unparse"), source);
            }
            InputMode mode = mode(params[2]);
            if ((flags & PY_CF_ONLY_AST) != 0) {
                return parseToAst(source, fn, mode);
            }
            return compileSource(source, fn, mode);
        }
    }

    /** ast.PyCF_ONLY_AST: compile() returns the tree (ast.parse). */
    static final long PY_CF_ONLY_AST = 1024;

    private static boolean isAst(Object o) {
        if (o instanceof String || o instanceof PBytes || dev.taipan.runtime.bytes.BytesLike.check(o)) {
            return false;
        }
        Object astClass = dev.taipan.runtime.abstractops.GenericAttributes.lookupAttribute(dev.taipan.runtime.imports.Importer.importModule("_ast"), "AST");
        return dev.taipan.runtime.abstractops.PyObjectIsInstance.isInstance(o, astClass);
    }

    /** Source bytes decode as their PEP 263 cookie says (UTF-8 without one). */
    private static String decodeSource(byte[] data) {
        return new String(data, dev.taipan.TaipanFileDetector.encodingOf(data));
    }

    /** The _ast node tree of source: the parser's tree in ast.dump notation, evaluated by _ast._from_dump. */
    @TruffleBoundary
    static Object parseToAst(Object source, String filename, InputMode mode) {
        String text = source instanceof String s ? s : decodeSource(dev.taipan.runtime.bytes.BytesLike.require(source));
        String dump;
        try {
            dump = dev.taipan.parser.AstDump.dumpWithPositions(dev.taipan.parser.Parser.parse(text, mode), text);
        } catch (dev.taipan.parser.SyntaxErrorException e) {
            throw dev.taipan.runtime.exceptions.SyntaxErrors.toPythonException(e, filename);
        }
        Object astModule = dev.taipan.runtime.imports.Importer.importModule("_ast");
        return dev.taipan.runtime.function.CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(astModule, "_from_dump"), dump);
    }

    /** Runs code with globals and an optional separate locals mapping; returns the code's result. */
    @TruffleBoundary
    static Object run(PCode code, Object globals, Object locals, PCell[] closure) {
        PDict g;
        Object l;
        if (globals == PNone.NO_VALUE || globals == PNone.NONE) {
            PFrame caller = FrameAccess.getFrame(0);
            g = caller == null ? TaipanContext.get(null).getMainModule().getDict() : caller.getGlobals();
            l = locals == PNone.NO_VALUE || locals == PNone.NONE ? (caller == null ? g : caller.getLocals()) : locals;
        } else {
            if (!(globals instanceof PDict gd)) {
                throw PythonErrors.typeError("globals must be a dict, not %s", PyObjectGetClass.typeName(globals));
            }
            g = gd;
            l = locals == PNone.NO_VALUE || locals == PNone.NONE ? g : locals;
        }
        TaipanContext ctx = TaipanContext.get(null);
        Object builtins = g.getString("__builtins__");
        if (builtins == null) {
            g.setString("__builtins__", ctx.getBuiltinsModule());
        }
        // the code sees the builtins its globals name (a module or a dict), as in CPython
        PDict builtinsDict = builtins instanceof PDict d ? d : builtins instanceof dev.taipan.runtime.objects.PythonModule m ? m.getDict() : ctx.getBuiltinsDict();
        PFunction fn = new PFunction(code, g, builtinsDict, code.getQualname(), null, null, closure);
        Object[] args = PArguments.create(0);
        args[PArguments.CALLEE] = fn;
        args[PArguments.SPECIAL] = l == g ? null : l;
        return IndirectCallNode.getUncached().call(code.getCallTarget(), args);
    }

    @Builtin(name = "exec", params = {"source", "globals", "locals"}, required = 1, kwOnly = {"closure"})
    @GenerateNodeFactory
    public abstract static class ExecNode extends dev.taipan.builtins.PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doExec(Object source, Object globals, Object locals, Object closure) {
            Object cells = closure == PNone.NO_VALUE ? PNone.NONE : closure;
            if (!(source instanceof PCode code)) {
                if (cells != PNone.NONE) {
                    throw PythonErrors.typeError("closure can only be used when source is a code object");
                }
                run(compileSource(source, "<string>", InputMode.FILE), globals, locals, null);
                return PNone.NONE;
            }
            run(code, globals, locals, closureFor(code, cells));
            return PNone.NONE;
        }
    }

    /** exec()'s closure: one cell per free variable of the code, or none for code without any. */
    private static PCell[] closureFor(PCode code, Object closure) {
        int free = code.getFreevars().length;
        if (free == 0) {
            if (closure != PNone.NONE) {
                throw PythonErrors.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        if (closure instanceof PTuple t && t.getExplicitClass() == null && t.size() == free) {
            PCell[] cells = new PCell[free];
            for (int i = 0; i < free; i++) {
                if (!(t.get(i) instanceof PCell cell)) {
                    throw PythonErrors.typeError("code object requires a closure of exactly length %d", free);
                }
                cells[i] = cell;
            }
            return cells;
        }
        throw PythonErrors.typeError("code object requires a closure of exactly length %d", free);
    }

    @Builtin(name = "eval", params = {"source", "globals", "locals"}, required = 1)
    @GenerateNodeFactory
    public abstract static class EvalNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doEval(Object source, Object globals, Object locals) {
            PCode code;
            if (source instanceof PCode c) {
                if (c.getFreevars().length > 0) {
                    throw PythonErrors.typeError("code object passed to eval() may not contain free variables");
                }
                code = c;
            } else {
                Object src = source instanceof String s ? s.stripLeading() : source;
                code = compileSource(src, "<string>", InputMode.EVAL);
            }
            return run(code, globals, locals, null);
        }
    }
}
