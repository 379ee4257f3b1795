package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanLanguage;
import dev.taipan.parser.SourceLines;
import dev.taipan.parser.ast.Alias;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.function.PCode;

/**
 * The compiler's entry point (the book's chapter 3, last step): AST + symbol table to code
 * objects. The module's code object is returned; nested code objects (functions, classes,
 * comprehensions) are created with it and build their bytecode on first call.
 */
public final class Compiler {
    private Compiler() {
    }

    public static PCode compile(TaipanLanguage language, Mod mod, Source source, String filename, CompilerFlags flags) {
        return compile(language, mod, source, new SourceLines(source.getCharacters().toString()), filename, flags);
    }

    /** As above, with the line table the parser already made for {@code source}. */
    public static PCode compile(TaipanLanguage language, Mod mod, Source source, SourceLines lines, String filename, CompilerFlags flags) {
        return compile(language, mod, source, lines, filename, flags, null);
    }

    /** As above, adding the compiler's SyntaxWarnings to {@code warnings} (unless null). */
    public static PCode compile(TaipanLanguage language, Mod mod, Source source, SourceLines lines, String filename, CompilerFlags flags,
                    List<dev.taipan.parser.CompileWarning> warnings) {
        boolean future = flags.futureAnnotations() || hasFutureAnnotations(mod.body());
        SymbolTable symtable = SymbolTable.build(mod, lines, future, warnings);
        CompilationUnit unit = new CompilationUnit(language, source, filename, lines, symtable, flags.withFutureAnnotations(future));
        return CodeGenerator.createCode(unit, symtable.top(), mod, "<module>", "<module>", null);
    }

    /** {@code from __future__ import annotations} among the module's leading statements. */
    static boolean hasFutureAnnotations(List<Stmt> body) {
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (body.get(i) instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else {
                break;
            }
        }
        return false;
    }
}
