package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.Expr;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;

/**
 * List/set/dict comprehensions and generator expressions: each is its own code object taking the
 * outermost iterator as its single argument {@code .0} (the pre-3.12 layout, which keeps
 * comprehension scopes exact).
 */
final class ComprehensionCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    ComprehensionCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    private static String nameOf(Expr e) {
        return switch (e) {
            case Expr.ListComp c -> "<listcomp>";
            case Expr.SetComp c -> "<setcomp>";
            case Expr.DictComp c -> "<dictcomp>";
            default -> "<genexpr>";
        };
    }

    private static List<Comprehension> generators(Expr e) {
        return switch (e) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            case Expr.GeneratorExp c -> c.generators();
            default -> throw new IllegalArgumentException();
        };
    }

    /** In the enclosing scope: create the function and call it with iter(outermost iterable). */
    void emitCall(Expr e) {
        Scope child = g.unit.symtable.scopeOf(e);
        if (child.isCoroutine && !(e instanceof Expr.GeneratorExp)) {
            // an async list/set/dict comprehension is a coroutine, awaited right here
            g.exprs.emitYieldFrom(() -> emitCreateAndCall(e, child), true);
        } else {
            emitCreateAndCall(e, child);
        }
    }

    private void emitCreateAndCall(Expr e, Scope child) {
        PCode code = g.childCode(e, nameOf(e));
        b.beginCallFunction();
        b.beginMakeFunction(code);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        g.emitClosureCells(child);
        b.endMakeFunction();
        Comprehension first = generators(e).get(0);
        if (first.isAsync()) {
            b.beginGetAIter();
            g.exprs.emit(first.iter());
            b.endGetAIter();
        } else {
            b.beginGetIter();
            g.exprs.emit(first.iter());
            b.endGetIter();
        }
        b.endCallFunction();
    }

    /** The body of the comprehension's own code object. */
    void emitBody(Expr e) {
        BytecodeLocal result = null;
        if (!(e instanceof Expr.GeneratorExp)) {
            result = g.newTemp();
            b.beginStoreLocal(result);
            switch (e) {
                case Expr.ListComp c -> {
                    b.beginBuildList();
                    b.endBuildList();
                }
                case Expr.SetComp c -> {
                    b.beginBuildSet();
                    b.endBuildSet();
                }
                default -> {
                    b.beginBuildMap();
                    b.endBuildMap();
                }
            }
            b.endStoreLocal();
        }
        emitGenerator(e, generators(e), 0, result);
        if (result == null) {
            g.emitReturnNone();
        } else {
            g.beginReturn();
            b.emitLoadLocal(result);
            g.endReturn();
        }
    }

    private void emitGenerator(Expr e, List<Comprehension> gens, int index, BytecodeLocal result) {
        Comprehension c = gens.get(index);
        BytecodeLocal iter = g.newTemp();
        BytecodeLocal item = g.newTemp();
        g.conditionalDepth++;
        b.beginBlock();
        b.beginStoreLocal(iter);
        if (index == 0) {
            b.emitLoadLocal(g.fastLocals.get(".0"));
        } else if (c.isAsync()) {
            b.beginGetAIter();
            g.exprs.emit(c.iter());
            b.endGetAIter();
        } else {
            b.beginGetIter();
            g.exprs.emit(c.iter());
            b.endGetIter();
        }
        b.endStoreLocal();
        b.beginWhile();
        if (c.isAsync()) {
            new AsyncCompiler(g).emitAsyncNext(iter, item);
        } else {
            b.beginForIterate(item);
            b.emitLoadLocal(iter);
            b.endForIterate();
        }
        b.beginBlock();
        g.targets.assign(c.target(), () -> b.emitLoadLocal(item));
        for (Expr cond : c.ifs()) {
            b.beginIfThen();
            g.exprs.emitCondition(cond);
            b.beginBlock();
        }
        if (index + 1 < gens.size()) {
            emitGenerator(e, gens, index + 1, result);
        } else {
            emitElement(e, result);
        }
        for (int i = 0; i < c.ifs().size(); i++) {
            b.endBlock();
            b.endIfThen();
        }
        b.endBlock();
        b.endWhile();
        b.endBlock();
        g.conditionalDepth--;
    }

    private void emitElement(Expr e, BytecodeLocal result) {
        switch (e) {
            case Expr.ListComp c -> {
                b.beginListAppend();
                b.emitLoadLocal(result);
                g.exprs.emit(c.elt());
                b.endListAppend();
            }
            case Expr.SetComp c -> {
                b.beginSetAdd();
                b.emitLoadLocal(result);
                g.exprs.emit(c.elt());
                b.endSetAdd();
            }
            case Expr.DictComp c -> {
                b.beginMapAdd();
                b.emitLoadLocal(result);
                g.exprs.emit(c.key());
                g.exprs.emit(c.value());
                b.endMapAdd();
            }
            case Expr.GeneratorExp c -> {
                b.beginResumeYield();
                g.emitValueYield(() -> g.exprs.emit(c.elt()));
                b.endResumeYield();
            }
            default -> throw new IllegalArgumentException();
        }
    }
}
