package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.WithItem;

/**
 * {@code with a as x, b: body} is {@code with a as x: with b: body}; each level calls
 * {@code __exit__(None, None, None)} on normal exit (also return/break/continue) and
 * {@code __exit__(type, value, tb)} on an exception, re-raising unless it returns true.
 */
final class WithCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    WithCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    void emitWith(Stmt.With w) {
        if (w.isAsync()) {
            new AsyncCompiler(g).emitAsyncWith(w);
            return;
        }
        g.conditionalDepth++;
        g.protectedDepth++;
        emitItems(w.items(), 0, w.body());
        g.protectedDepth--;
        g.conditionalDepth--;
    }

    private void emitItems(List<WithItem> items, int i, List<Stmt> body) {
        if (i == items.size()) {
            b.beginBlock();
            g.stmts.emitBody(body);
            b.endBlock();
            return;
        }
        WithItem item = items.get(i);
        BytecodeLocal mgr = g.newTemp();
        BytecodeLocal exit = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(mgr);
        g.exprs.emit(item.contextExpr());
        b.endStoreLocal();
        Runnable enter = () -> {
            b.beginWithEnter(exit);
            b.emitLoadLocal(mgr);
            b.endWithEnter();
        };
        if (item.optionalVars() == null) {
            enter.run();
        } else {
            g.targets.assign(item.optionalVars(), enter);
        }
        b.beginTryCatchOtherwise(() -> {
            b.beginBlock();
            b.beginWithExitNormal();
            b.emitLoadLocal(mgr);
            b.emitLoadLocal(exit);
            b.endWithExitNormal();
            g.clearTemp(mgr);
            g.clearTemp(exit);
            b.endBlock();
        });
        emitItems(items, i + 1, body);
        emitExceptionalExit(mgr, exit);
        b.endTryCatchOtherwise();
        b.endBlock();
    }

    private void emitExceptionalExit(BytecodeLocal mgr, BytecodeLocal exit) {
        BytecodeLocal exc = g.newTemp();
        BytecodeLocal saved = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(exc);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginStoreLocal(saved);
        b.beginEnterHandler();
        b.emitLoadLocal(exc);
        b.endEnterHandler();
        b.endStoreLocal();
        b.beginTryFinally(() -> {
            b.beginExitHandler();
            b.emitLoadLocal(saved);
            b.endExitHandler();
        });
        b.beginIfThen();
        b.beginNot();
        b.beginWithExitExceptional();
        b.emitLoadLocal(mgr);
        b.emitLoadLocal(exit);
        b.emitLoadLocal(exc);
        b.endWithExitExceptional();
        b.endNot();
        b.beginReraise();
        b.emitLoadLocal(exc);
        b.endReraise();
        b.endIfThen();
        b.endTryFinally();
        b.endBlock();
    }
}
