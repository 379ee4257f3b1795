package dev.taipan.tests.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.source.Source;

import dev.taipan.TaipanContext;
import dev.taipan.compiler.Compiler;
import dev.taipan.compiler.CompilerFlags;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.function.PCode;

/** Drives compiler + interpreter with a hand-built AST (independent of the parser). */
class SmokeAstTest {
    @Test
    void helloWorld() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("taipan").out(out).err(out).allowAllAccess(true).build()) {
            context.initialize("taipan");
            context.enter();
            try {
                TaipanContext ctx = TaipanContext.get(null);
                String text = "print(\"hello\", 6*7)\n";
                Expr call = new Expr.Call(0, 19, new Expr.Name(0, 5, "print", ExprContext.LOAD),
                                List.of(new Expr.Constant(6, 13, "hello", null), new Expr.BinOp(15, 18, new Expr.Constant(15, 16, 6L, null), Operator.MULT, new Expr.Constant(17, 18, 7L, null))),
                                List.of());
                Mod mod = new Mod.Module(List.of(new Stmt.ExprStmt(0, 19, call)));
                Source source = Source.newBuilder("taipan", text, "<test>").build();
                PCode code = Compiler.compile(ctx.getLanguage(), mod, source, "<test>", CompilerFlags.DEFAULT);
                ctx.runModuleCode(code, ctx.getMainModule());
                ctx.flushStandardStreams();
            } finally {
                context.leave();
            }
        }
        assertEquals("hello 42\n", out.toString());
    }
}
