package dev.taipan.compiler;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Expr;

/** Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking. */
final class TargetCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    TargetCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    /** Assigns the value emitted by {@code value} to {@code target} (value is evaluated first, as in CPython). */
    void assign(Expr target, Runnable value) {
        switch (target) {
            case Expr.Name n -> g.emitStoreName(n.id(), value);
            case Expr.Attribute a -> {
                BytecodeLocal v = g.newTemp();
                b.beginBlock();
                b.beginStoreLocal(v);
                value.run();
                b.endStoreLocal();
                b.beginSetAttribute(g.mangle(a.attr()));
                g.exprs.emit(a.value());
                b.emitLoadLocal(v);
                b.endSetAttribute();
                g.clearTemp(v);
                b.endBlock();
            }
            case Expr.Subscript s -> {
                BytecodeLocal v = g.newTemp();
                b.beginBlock();
                b.beginStoreLocal(v);
                value.run();
                b.endStoreLocal();
                b.beginSetItem();
                g.exprs.emit(s.value());
                g.exprs.emit(s.slice());
                b.emitLoadLocal(v);
                b.endSetItem();
                g.clearTemp(v);
                b.endBlock();
            }
            case Expr.Tuple t -> unpack(t.elts(), value, t);
            case Expr.ListExpr l -> unpack(l.elts(), value, l);
            case Expr.Starred s -> throw g.errors().at(s, "starred assignment target must be in a list or tuple");
            default -> throw g.errors().at(target, "cannot assign to " + ExpressionCompiler.describe(target));
        }
    }

    private void unpack(List<Expr> elts, Runnable value, Expr at) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw g.errors().at(elts.get(i), "multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        BytecodeLocal array = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(array);
        if (star < 0) {
            b.beginUnpackSequence(elts.size());
        } else {
            b.beginUnpackStarred(star, elts.size() - star - 1);
        }
        value.run();
        if (star < 0) {
            b.endUnpackSequence();
        } else {
            b.endUnpackStarred();
        }
        b.endStoreLocal();
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            Expr t = e instanceof Expr.Starred s ? s.value() : e;
            final int index = i;
            assign(t, () -> {
                b.beginArrayElement(index);
                b.emitLoadLocal(array);
                b.endArrayElement();
            });
        }
        g.clearTemp(array);
        b.endBlock();
    }

    void delete(Expr target) {
        switch (target) {
            case Expr.Name n -> g.emitDeleteName(n.id());
            case Expr.Attribute a -> {
                b.beginDeleteAttribute(g.mangle(a.attr()));
                g.exprs.emit(a.value());
                b.endDeleteAttribute();
            }
            case Expr.Subscript s -> {
                b.beginDeleteItem();
                g.exprs.emit(s.value());
                g.exprs.emit(s.slice());
                b.endDeleteItem();
            }
            case Expr.Tuple t -> {
                b.beginBlock();
                for (Expr e : t.elts()) {
                    delete(e);
                }
                b.endBlock();
            }
            case Expr.ListExpr l -> {
                b.beginBlock();
                for (Expr e : l.elts()) {
                    delete(e);
                }
                b.endBlock();
            }
            default -> throw g.errors().at(target, "cannot delete " + ExpressionCompiler.describe(target));
        }
    }
}
