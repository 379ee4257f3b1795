package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Alias;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.objects.PNone;

/** Statements: assignments, control flow, exceptions, with, definitions and imports. */
final class StatementCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    StatementCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    void emitBody(List<Stmt> body) {
        for (Stmt s : body) {
            emit(s);
        }
    }

    /** A nested block whose assignments are not certain to happen. */
    private void emitConditionalBody(List<Stmt> body) {
        g.conditionalDepth++;
        b.beginBlock();
        emitBody(body);
        b.endBlock();
        g.conditionalDepth--;
    }

    void emit(Stmt s) {
        g.beginStatement(s);
        switch (s) {
            case Stmt.ExprStmt e -> emitExprStmt(e);
            case Stmt.Assign a -> emitAssign(a);
            case Stmt.AugAssign a -> emitAugAssign(a);
            case Stmt.AnnAssign a -> emitAnnAssign(a);
            case Stmt.Return r -> emitReturn(r);
            case Stmt.If i -> emitIf(i);
            case Stmt.While w -> emitWhile(w);
            case Stmt.For f -> emitFor(f);
            case Stmt.Break br -> emitBreak(br);
            case Stmt.Continue c -> emitContinue(c);
            case Stmt.Pass p -> emitEmpty();
            case Stmt.Delete d -> emitDelete(d);
            case Stmt.FunctionDef f -> new DefinitionCompiler(g).emitFunctionDef(f);
            case Stmt.ClassDef c -> new DefinitionCompiler(g).emitClassDef(c);
            case Stmt.Raise r -> emitRaise(r);
            case Stmt.Try t -> new TryCompiler(g).emitTry(t);
            case Stmt.With w -> new WithCompiler(g).emitWith(w);
            case Stmt.Assert a -> emitAssert(a);
            case Stmt.Import i -> emitImport(i);
            case Stmt.ImportFrom i -> emitImportFrom(i);
            case Stmt.Global gl -> emitEmpty();
            case Stmt.Nonlocal n -> emitEmpty();
            case Stmt.Match m -> new PatternCompiler(g).emitMatch(m);
            case Stmt.TypeAlias ta -> new DefinitionCompiler(g).emitTypeAlias(ta);
        }
        g.endStatement();
    }

    private void emitEmpty() {
        b.beginBlock();
        b.endBlock();
    }

    private void emitExprStmt(Stmt.ExprStmt e) {
        if (g.unit.flags.interactive() && g.scope.kind == ScopeKind.MODULE) {
            b.beginPrintExpr();
            g.exprs.emit(e.value());
            b.endPrintExpr();
        } else {
            g.exprs.emit(e.value());
        }
    }

    private void emitAssign(Stmt.Assign a) {
        Expr.Name self = Concatenation.selfConcatTarget(a);
        if (self != null && g.emitConcatenation(self.id(), ((Expr.BinOp) a.value()).right(), false)) {
            return;
        }
        if (a.targets().size() == 1) {
            g.targets.assign(a.targets().get(0), () -> g.exprs.emit(a.value()));
            return;
        }
        BytecodeLocal tmp = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(tmp);
        g.exprs.emit(a.value());
        b.endStoreLocal();
        for (Expr t : a.targets()) {
            g.targets.assign(t, () -> b.emitLoadLocal(tmp));
        }
        g.clearTemp(tmp);
        b.endBlock();
    }

    private void emitAugAssign(Stmt.AugAssign a) {
        BinaryOp op = ExpressionCompiler.binaryOp(a.op());
        if (op == BinaryOp.ADD && a.target() instanceof Expr.Name n && g.emitConcatenation(n.id(), a.value(), true)) {
            return;
        }
        switch (a.target()) {
            case Expr.Name n -> g.emitStoreName(n.id(), () -> emitInplace(op, () -> g.emitLoadName(n.id()), a.value()));
            case Expr.Attribute at -> {
                BytecodeLocal obj = g.newTemp();
                b.beginBlock();
                b.beginStoreLocal(obj);
                g.exprs.emit(at.value());
                b.endStoreLocal();
                String name = g.mangle(at.attr());
                b.beginSetAttribute(name);
                b.emitLoadLocal(obj);
                emitInplace(op, () -> {
                    b.beginGetAttribute(name);
                    b.emitLoadLocal(obj);
                    b.endGetAttribute();
                }, a.value());
                b.endSetAttribute();
                g.clearTemp(obj);
                b.endBlock();
            }
            case Expr.Subscript sub -> {
                BytecodeLocal obj = g.newTemp();
                BytecodeLocal key = g.newTemp();
                b.beginBlock();
                b.beginStoreLocal(obj);
                g.exprs.emit(sub.value());
                b.endStoreLocal();
                b.beginStoreLocal(key);
                g.exprs.emit(sub.slice());
                b.endStoreLocal();
                b.beginSetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                emitInplace(op, () -> {
                    b.beginGetItem();
                    b.emitLoadLocal(obj);
                    b.emitLoadLocal(key);
                    b.endGetItem();
                }, a.value());
                b.endSetItem();
                g.clearTemp(obj);
                g.clearTemp(key);
                b.endBlock();
            }
            default -> throw g.errors().at(a.target(), "'" + ExpressionCompiler.describe(a.target()) + "' is an illegal expression for augmented assignment");
        }
    }

    private void emitInplace(BinaryOp op, Runnable left, Expr right) {
        switch (op) {
            case ADD -> b.beginInplaceAdd();
            case SUB -> b.beginInplaceSub();
            case MUL -> b.beginInplaceMul();
            default -> b.beginInplaceOp(op.ordinal());
        }
        left.run();
        g.exprs.emit(right);
        switch (op) {
            case ADD -> b.endInplaceAdd();
            case SUB -> b.endInplaceSub();
            case MUL -> b.endInplaceMul();
            default -> b.endInplaceOp();
        }
    }

    private void emitAnnAssign(Stmt.AnnAssign a) {
        b.beginBlock();
        if (a.value() != null) {
            g.targets.assign(a.target(), () -> g.exprs.emit(a.value()));
        }
        boolean moduleOrClass = g.scope.kind == ScopeKind.MODULE || g.scope.kind == ScopeKind.CLASS;
        if (a.target() instanceof Expr.Name n && a.simple() && moduleOrClass) {
            // __annotations__[name] = annotation
            b.beginSetItem();
            b.emitLoadName("__annotations__");
            b.emitLoadConstant(g.mangle(n.id()));
            g.exprs.emitAnnotation(a.annotation());
            b.endSetItem();
        } else if (moduleOrClass && !g.unit.flags.futureAnnotations()) {
            g.exprs.emit(a.annotation());
        }
        b.endBlock();
    }

    private void emitReturn(Stmt.Return r) {
        if (!g.scope.kind.isFunctionLike() || g.scope.kind == ScopeKind.COMPREHENSION) {
            throw g.errors().at(r, "'return' outside function");
        }
        if (r.value() != null && g.scope.isGenerator && g.scope.isCoroutine) {
            throw g.errors().at(r, "'return' with value in async generator");
        }
        g.beginReturn();
        if (r.value() == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            g.exprs.emit(r.value());
        }
        g.endReturn();
    }

    private void emitIf(Stmt.If i) {
        if (i.orelse().isEmpty()) {
            b.beginIfThen();
            g.exprs.emitCondition(i.test());
            emitConditionalBody(i.body());
            b.endIfThen();
        } else {
            b.beginIfThenElse();
            g.exprs.emitCondition(i.test());
            emitConditionalBody(i.body());
            emitConditionalBody(i.orelse());
            b.endIfThenElse();
        }
    }

    private void emitWhile(Stmt.While w) {
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        g.exprs.emitCondition(w.test());
        g.conditionalDepth++;
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        g.loops.push(new CodeGenerator.Loop(breakLabel, continueLabel));
        emitBody(w.body());
        g.loops.pop();
        b.emitLabel(continueLabel);
        g.emitLineEvent(w);
        b.endBlock();
        g.conditionalDepth--;
        b.endWhile();
        emitConditionalBody(w.orelse());
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    private void emitFor(Stmt.For f) {
        if (f.isAsync()) {
            new AsyncCompiler(g).emitAsyncFor(f);
            return;
        }
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        BytecodeLocal iter = g.newTemp();
        b.beginStoreLocal(iter);
        b.beginGetIter();
        g.exprs.emit(f.iter());
        b.endGetIter();
        b.endStoreLocal();
        BytecodeLocal direct = f.target() instanceof Expr.Name n ? g.fastLocalFor(n.id()) : null;
        BytecodeLocal item = direct != null ? direct : g.newTemp();
        b.beginWhile();
        b.beginForIterate(item);
        b.emitLoadLocal(iter);
        b.endForIterate();
        g.conditionalDepth++;
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        if (direct == null) {
            g.targets.assign(f.target(), () -> b.emitLoadLocal(item));
        }
        // inside the body the loop variable is certainly bound (ForIterate stored it)
        boolean definiteInBody = direct != null && g.definitelyAssigned.add(g.mangle(((Expr.Name) f.target()).id()));
        g.loops.push(new CodeGenerator.Loop(breakLabel, continueLabel));
        emitBody(f.body());
        g.loops.pop();
        if (definiteInBody) {
            g.definitelyAssigned.remove(g.mangle(((Expr.Name) f.target()).id()));
        }
        b.emitLabel(continueLabel);
        g.emitLineEvent(f);
        b.endBlock();
        g.conditionalDepth--;
        b.endWhile();
        emitConditionalBody(f.orelse());
        b.emitLabel(breakLabel);
        g.clearTemp(iter);
        b.endBlock();
    }

    private void emitBreak(Stmt.Break br) {
        if (g.loops.isEmpty()) {
            throw g.errors().at(br, "'break' outside loop");
        }
        b.emitBranch(g.loops.peek().breakLabel());
    }

    private void emitContinue(Stmt.Continue c) {
        if (g.loops.isEmpty()) {
            throw g.errors().at(c, "'continue' not properly in loop");
        }
        b.emitBranch(g.loops.peek().continueLabel());
    }

    private void emitDelete(Stmt.Delete d) {
        b.beginBlock();
        for (Expr t : d.targets()) {
            g.targets.delete(t);
        }
        b.endBlock();
    }

    private void emitRaise(Stmt.Raise r) {
        if (r.exc() == null) {
            if (!g.handlerExceptions.isEmpty()) {
                b.beginReraise();
                b.emitLoadLocal(g.handlerExceptions.peek());
                b.endReraise();
            } else {
                b.emitRaiseCurrent();
            }
            return;
        }
        b.beginRaise();
        g.exprs.emit(r.exc());
        if (r.cause() == null) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            g.exprs.emit(r.cause());
        }
        b.endRaise();
    }

    private void emitAssert(Stmt.Assert a) {
        if (g.unit.flags.optimize() > 0) {
            b.beginBlock();
            b.endBlock();
            return;
        }
        b.beginIfThen();
        b.beginNot();
        g.exprs.emit(a.test());
        b.endNot();
        b.beginAssertFailed();
        if (a.msg() == null) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            g.exprs.emit(a.msg());
        }
        b.endAssertFailed();
        b.endIfThen();
    }

    /** The fromlist of a plain {@code import a.b}: DSL constant operands cannot be null. */
    private static final String[] NO_FROMLIST = new String[0];

    private void emitImport(Stmt.Import imp) {
        b.beginBlock();
        for (Alias a : imp.names()) {
            String name = a.name();
            if (a.asname() == null) {
                int dot = name.indexOf('.');
                String stored = dot < 0 ? name : name.substring(0, dot);
                g.emitStoreName(stored, () -> b.emitImportName(name, NO_FROMLIST, 0));
            } else {
                String[] parts = name.split("\\.");
                g.emitStoreName(a.asname(), () -> {
                    for (int i = parts.length - 1; i >= 1; i--) {
                        b.beginImportFrom(parts[i]);
                    }
                    b.emitImportName(name, NO_FROMLIST, 0);
                    for (int i = 1; i < parts.length; i++) {
                        b.endImportFrom();
                    }
                });
            }
        }
        b.endBlock();
    }

    private void emitImportFrom(Stmt.ImportFrom imp) {
        String module = imp.module() == null ? "" : imp.module();
        String[] fromlist = imp.names().stream().map(Alias::name).toArray(String[]::new);
        b.beginBlock();
        if (fromlist.length == 1 && fromlist[0].equals("*")) {
            b.beginImportStar();
            b.emitImportName(module, fromlist, imp.level());
            b.endImportStar();
        } else {
            BytecodeLocal mod = g.newTemp();
            b.beginStoreLocal(mod);
            b.emitImportName(module, fromlist, imp.level());
            b.endStoreLocal();
            for (Alias a : imp.names()) {
                g.emitStoreName(a.asname() != null ? a.asname() : a.name(), () -> {
                    b.beginImportFrom(a.name());
                    b.emitLoadLocal(mod);
                    b.endImportFrom();
                });
            }
        }
        b.endBlock();
    }
}
