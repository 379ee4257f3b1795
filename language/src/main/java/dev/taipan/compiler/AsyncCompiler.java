package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.WithItem;

/**
 * {@code async for} and {@code async with}: the iterator and context manager protocols with each
 * step's result awaited (on the same continuation machinery as {@code await}).
 */
final class AsyncCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    AsyncCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    private void checkInCoroutine(Stmt s, String what) {
        if (!g.scope.isCoroutine) {
            throw g.errors().at(s, "'" + what + "' outside async function");
        }
    }

    /**
     * <pre>
     * it = aiter(x)
     * while (done = False; try: item = await anext(it) except StopAsyncIteration: done = True; not done):
     *     target = item; body
     * else: orelse
     * </pre>
     */
    void emitAsyncFor(Stmt.For f) {
        checkInCoroutine(f, "async for");
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal iter = g.newTemp();
        BytecodeLocal item = g.newTemp();
        b.beginStoreLocal(iter);
        b.beginGetAIter();
        g.exprs.emit(f.iter());
        b.endGetAIter();
        b.endStoreLocal();
        b.beginWhile();
        emitAsyncNext(iter, item);
        g.conditionalDepth++;
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        g.targets.assign(f.target(), () -> b.emitLoadLocal(item));
        g.loops.push(new CodeGenerator.Loop(breakLabel, continueLabel));
        g.stmts.emitBody(f.body());
        g.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        b.beginBlock();
        g.stmts.emitBody(f.orelse());
        b.endBlock();
        g.conditionalDepth--;
        b.emitLabel(breakLabel);
        g.clearTemp(iter);
        b.endBlock();
    }

    /**
     * The condition of an async iteration loop: stores {@code await anext(iter)} into {@code item}
     * and is true, or is false when that raised StopAsyncIteration.
     */
    void emitAsyncNext(BytecodeLocal iter, BytecodeLocal item) {
        BytecodeLocal done = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(done);
        b.emitLoadConstant(false);
        b.endStoreLocal();
        b.beginTryCatch();
        b.beginStoreLocal(item);
        g.exprs.emitYieldFrom(() -> {
            b.beginGetANext();
            b.emitLoadLocal(iter);
            b.endGetANext();
        }, true);
        b.endStoreLocal();
        b.beginBlock();
        b.beginIfThen();
        b.beginNot();
        b.beginIsStopAsyncIteration();
        b.emitLoadException();
        b.endIsStopAsyncIteration();
        b.endNot();
        b.beginReraise();
        b.emitLoadException();
        b.endReraise();
        b.endIfThen();
        b.beginStoreLocal(done);
        b.emitLoadConstant(true);
        b.endStoreLocal();
        b.endBlock();
        b.endTryCatch();
        b.beginNot();
        b.emitLoadLocal(done);
        b.endNot();
        b.endBlock();
    }

    void emitAsyncWith(Stmt.With w) {
        checkInCoroutine(w, "async with");
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
        Runnable enter = () -> g.exprs.emitYieldFrom(() -> {
            b.beginAsyncWithEnter(exit);
            b.emitLoadLocal(mgr);
            b.endAsyncWithEnter();
        }, true);
        if (item.optionalVars() == null) {
            enter.run();
        } else {
            g.targets.assign(item.optionalVars(), enter);
        }
        BytecodeLocal ignored = g.newTemp();
        b.beginTryCatchOtherwise(() -> {
            // the handler is a statement: the awaited result is dropped
            b.beginBlock();
            b.beginStoreLocal(ignored);
            emitAwaitExit(mgr, exit, null);
            b.endStoreLocal();
            g.clearTemp(mgr);
            g.clearTemp(exit);
            b.endBlock();
        });
        emitItems(items, i + 1, body);
        emitExceptionalExit(mgr, exit);
        b.endTryCatchOtherwise();
        b.endBlock();
    }

    /** {@code await __aexit__(...)}; the result is left on the stack. */
    private void emitAwaitExit(BytecodeLocal mgr, BytecodeLocal exit, BytecodeLocal exc) {
        g.exprs.emitYieldFrom(() -> {
            b.beginAsyncWithExit();
            b.emitLoadLocal(mgr);
            b.emitLoadLocal(exit);
            if (exc == null) {
                b.emitLoadConstant(dev.taipan.runtime.objects.PNone.NONE);
            } else {
                b.emitLoadLocal(exc);
            }
            b.endAsyncWithExit();
        }, true);
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
        b.beginToBool();
        emitAwaitExit(mgr, exit, exc);
        b.endToBool();
        b.endNot();
        b.beginReraise();
        b.emitLoadLocal(exc);
        b.endReraise();
        b.endIfThen();
        b.endTryFinally();
        b.endBlock();
    }
}
