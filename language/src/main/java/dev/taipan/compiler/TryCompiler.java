package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.ExceptHandler;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.objects.PNone;

/**
 * try/except/else/finally. An except block is a TryCatch whose handler tests the clauses in
 * order and re-raises when none matches; while a handler (or a finally after an exception)
 * runs, the caught exception is the one "being handled" (sys.exc_info, implicit chaining).
 */
final class TryCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    TryCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    void emitTry(Stmt.Try t) {
        g.conditionalDepth++;
        g.protectedDepth++;
        if (t.finalbody().isEmpty()) {
            emitTryExcept(t);
        } else {
            emitTryFinally(t);
        }
        g.protectedDepth--;
        g.conditionalDepth--;
    }

    private void emitTryFinally(Stmt.Try t) {
        b.beginTryCatchOtherwise(() -> emitFinallyBody(t.finalbody()));
        if (t.handlers().isEmpty()) {
            b.beginBlock();
            g.stmts.emitBody(t.body());
            b.endBlock();
        } else {
            emitTryExcept(t);
        }
        // exceptional path: run finally with the exception being handled, then re-raise
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
        b.beginTryFinally(() -> emitExitHandler(saved));
        g.handlerExceptions.push(exc);   // a bare raise in this copy of the body re-raises exc
        emitFinallyBody(t.finalbody());
        g.handlerExceptions.pop();
        b.endTryFinally();
        b.beginReraise();
        b.emitLoadLocal(exc);
        b.endReraise();
        b.endBlock();
        b.endTryCatchOtherwise();
    }

    private void emitFinallyBody(List<Stmt> body) {
        b.beginBlock();
        g.stmts.emitBody(body);
        b.endBlock();
    }

    private void emitExitHandler(BytecodeLocal saved) {
        b.beginExitHandler();
        b.emitLoadLocal(saved);
        b.endExitHandler();
    }

    private void emitTryExcept(Stmt.Try t) {
        boolean hasElse = !t.orelse().isEmpty();
        b.beginBlock();
        BytecodeLabel elseLabel = hasElse ? b.createLabel() : null;
        BytecodeLabel endLabel = hasElse ? b.createLabel() : null;
        b.beginTryCatch();
        b.beginBlock();
        g.stmts.emitBody(t.body());
        if (hasElse) {
            b.emitBranch(elseLabel);
        }
        b.endBlock();
        if (t.isStar()) {
            emitStarHandlers(t.handlers());
        } else {
            emitHandlers(t.handlers());
        }
        b.endTryCatch();
        if (hasElse) {
            b.emitBranch(endLabel);
            b.emitLabel(elseLabel);
            g.stmts.emitBody(t.orelse());
            b.emitLabel(endLabel);
        }
        b.endBlock();
    }

    private void emitHandlers(List<ExceptHandler> handlers) {
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
        b.beginTryFinally(() -> emitExitHandler(saved));
        g.handlerExceptions.push(exc);
        emitClauses(handlers, 0, exc);
        g.handlerExceptions.pop();
        b.endTryFinally();
        b.endBlock();
    }

    /**
     * except*: every clause whose types match part of what is left runs once with that part
     * (an exception group); what the clauses raise and what nothing matched propagate together.
     */
    private void emitStarHandlers(List<ExceptHandler> handlers) {
        BytecodeLocal state = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(state);
        b.beginExceptStarBegin();
        b.emitLoadException();
        b.endExceptStarBegin();
        b.endStoreLocal();
        for (ExceptHandler h : handlers) {
            BytecodeLocal match = g.newTemp();
            g.beginStatement(h);
            b.beginBlock();
            b.beginStoreLocal(match);
            b.beginExceptStarMatch();
            b.emitLoadLocal(state);
            g.exprs.emit(h.type());
            b.endExceptStarMatch();
            b.endStoreLocal();
            b.beginIfThen();
            b.beginMatchSucceeded();
            b.emitLoadLocal(match);
            b.endMatchSucceeded();
            BytecodeLocal saved = g.newTemp();
            b.beginBlock();
            b.beginStoreLocal(saved);
            b.beginEnterHandler();
            b.emitLoadLocal(match);
            b.endEnterHandler();
            b.endStoreLocal();
            b.beginTryFinally(() -> emitExitHandler(saved));
            b.beginTryCatch();
            g.handlerExceptions.push(match);
            emitHandlerBody(h, match);
            g.handlerExceptions.pop();
            b.beginExceptStarCollect();
            b.emitLoadLocal(state);
            b.emitLoadException();
            b.endExceptStarCollect();
            b.endTryCatch();
            b.endTryFinally();
            b.endBlock();
            b.endIfThen();
            b.endBlock();
            g.endStatement();
        }
        b.beginExceptStarEnd();
        b.emitLoadLocal(state);
        b.endExceptStarEnd();
        b.endBlock();
    }

    private void emitClauses(List<ExceptHandler> handlers, int i, BytecodeLocal exc) {
        if (i == handlers.size()) {
            b.beginReraise();
            b.emitLoadLocal(exc);
            b.endReraise();
            return;
        }
        ExceptHandler h = handlers.get(i);
        if (h.type() == null) {
            if (i != handlers.size() - 1) {
                throw g.errors().at(h, "default 'except:' must be last");
            }
            emitHandlerBody(h, exc);
            return;
        }
        g.beginStatement(h);
        b.beginIfThenElse();
        b.beginExceptionMatches();
        b.emitLoadLocal(exc);
        g.exprs.emit(h.type());
        b.endExceptionMatches();
        emitHandlerBody(h, exc);
        emitClauses(handlers, i + 1, exc);
        b.endIfThenElse();
        g.endStatement();
    }

    /** The clause body; {@code except E as name} binds name and deletes it afterwards. */
    private void emitHandlerBody(ExceptHandler h, BytecodeLocal exc) {
        b.beginBlock();
        if (h.name() == null) {
            g.stmts.emitBody(h.body());
        } else {
            g.emitStoreName(h.name(), () -> {
                b.beginExceptionValue();
                b.emitLoadLocal(exc);
                b.endExceptionValue();
            });
            b.beginTryFinally(() -> {
                b.beginBlock();
                g.emitStoreName(h.name(), () -> b.emitLoadConstant(PNone.NONE));
                g.emitDeleteName(h.name());
                b.endBlock();
            });
            b.beginBlock();
            g.stmts.emitBody(h.body());
            b.endBlock();
            b.endTryFinally();
        }
        b.endBlock();
    }
}
