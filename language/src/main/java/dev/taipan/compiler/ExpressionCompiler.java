package dev.taipan.compiler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.BoolOperator;
import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.ImaginaryConstant;
import dev.taipan.parser.ast.Keyword;
import dev.taipan.parser.ast.Operator;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PEllipsis;
import dev.taipan.runtime.objects.PNone;

/** Expressions: each emits operations that leave exactly one value. */
final class ExpressionCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    ExpressionCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    /** A condition for if/while: a boolean. */
    void emitCondition(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == dev.taipan.parser.ast.UnaryOperator.NOT) {
            b.beginNot();
            emit(u.operand());
            b.endNot();
            return;
        }
        b.beginToBool();
        emit(e);
        b.endToBool();
    }

    /** An annotation: evaluated, or kept as its source text under {@code from __future__ import annotations}. */
    void emitAnnotation(Expr e) {
        if (g.unit.flags.futureAnnotations()) {
            b.emitLoadConstant(g.unit.source.getCharacters().subSequence(e.start(), e.end()).toString());
        } else if (e instanceof Expr.Starred s) {
            // PEP 646 `*args: *Ts`: the one item the unpacking yields (Unpack[Ts])
            b.beginGetItem();
            emitStarredSequence(List.of(s), 0);
            b.emitLoadConstant(0L);
            b.endGetItem();
        } else {
            emit(e);
        }
    }

    static Object constantValue(Object v) {
        if (v instanceof ConstantSingleton s) {
            return s == ConstantSingleton.NONE ? PNone.NONE : PEllipsis.INSTANCE;
        } else if (v instanceof BytesConstant bc) {
            return new PBytes(bc.bytes());
        } else if (v instanceof ImaginaryConstant ic) {
            return new PComplex(0.0, ic.imag());
        }
        return v;
    }

    void emit(Expr e) {
        switch (e) {
            case Expr.Constant c -> b.emitLoadConstant(constantValue(c.value()));
            case Expr.Name n -> g.emitLoadName(n.id());
            case Expr.BinOp bo -> emitBinOp(bo);
            case Expr.UnaryOp u -> emitUnary(u);
            case Expr.BoolOp bo -> {
                if (bo.op() == BoolOperator.AND) {
                    b.beginBoolAnd();
                } else {
                    b.beginBoolOr();
                }
                for (Expr v : bo.values()) {
                    emit(v);
                }
                if (bo.op() == BoolOperator.AND) {
                    b.endBoolAnd();
                } else {
                    b.endBoolOr();
                }
            }
            case Expr.Compare c -> emitCompare(c);
            case Expr.Call c -> {
                beginSection(c);
                emitCall(c);
                endSection();
            }
            case Expr.Attribute a -> {
                beginSection(a);
                b.beginGetAttribute(g.mangle(a.attr()));
                emit(a.value());
                b.endGetAttribute();
                endSection();
            }
            case Expr.Subscript s -> {
                beginSection(s);
                b.beginGetItem();
                emit(s.value());
                emit(s.slice());
                b.endGetItem();
                endSection();
            }
            case Expr.Slice s -> {
                b.beginBuildSlice();
                emitOrNone(s.lower());
                emitOrNone(s.upper());
                emitOrNone(s.step());
                b.endBuildSlice();
            }
            case Expr.Tuple t -> emitSequence(t.elts(), 0);
            case Expr.ListExpr l -> emitSequence(l.elts(), 1);
            case Expr.Set s -> emitSequence(s.elts(), 2);
            case Expr.Dict d -> emitDict(d);
            case Expr.IfExp i -> {
                b.beginConditional();
                emitCondition(i.test());
                emit(i.body());
                emit(i.orelse());
                b.endConditional();
            }
            case Expr.Lambda l -> new DefinitionCompiler(g).emitLambda(l);
            case Expr.NamedExpr ne -> {
                Expr.Name target = (Expr.Name) ne.target();
                b.beginBlock();
                g.emitStoreName(target.id(), () -> emit(ne.value()));
                g.emitLoadName(target.id());
                b.endBlock();
            }
            case Expr.ListComp c -> new ComprehensionCompiler(g).emitCall(c);
            case Expr.SetComp c -> new ComprehensionCompiler(g).emitCall(c);
            case Expr.DictComp c -> new ComprehensionCompiler(g).emitCall(c);
            case Expr.GeneratorExp c -> new ComprehensionCompiler(g).emitCall(c);
            case Expr.JoinedStr j -> emitJoinedStr(j);
            case Expr.FormattedValue f -> emitFormattedValue(f);
            case Expr.Yield y -> {
                b.beginResumeYield();
                g.emitValueYield(() -> emitOrNone(y.value()));
                b.endResumeYield();
            }
            case Expr.YieldFrom y -> emitYieldFrom(y.value(), false);
            case Expr.Await a -> {
                if (!g.scope.isCoroutine && g.scope.kind != ScopeKind.MODULE) {
                    throw g.errors().at(a, "'await' outside async function");
                }
                if (g.scope.kind == ScopeKind.MODULE) {
                    throw g.errors().at(a, "'await' outside function");
                }
                emitYieldFrom(a.value(), true);
            }
            case Expr.Starred s -> throw g.errors().at(s, "can't use starred expression here");
        }
    }

    private void beginSection(Expr e) {
        b.beginSourceSection(e.start(), Math.max(0, e.end() - e.start()));
    }

    private void endSection() {
        b.endSourceSection();
    }

    void emitOrNone(Expr e) {
        if (e == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            emit(e);
        }
    }

    static BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MULT -> BinaryOp.MUL;
            case MATMULT -> BinaryOp.MATMUL;
            case DIV -> BinaryOp.TRUEDIV;
            case MOD -> BinaryOp.MOD;
            case POW -> BinaryOp.POW;
            case LSHIFT -> BinaryOp.LSHIFT;
            case RSHIFT -> BinaryOp.RSHIFT;
            case BITOR -> BinaryOp.OR;
            case BITXOR -> BinaryOp.XOR;
            case BITAND -> BinaryOp.AND;
            case FLOORDIV -> BinaryOp.FLOORDIV;
        };
    }

    private void emitBinOp(Expr.BinOp bo) {
        beginSection(bo);
        switch (bo.op()) {
            case ADD -> b.beginAdd();
            case SUB -> b.beginSub();
            case MULT -> b.beginMul();
            case MATMULT -> b.beginMatMul();
            case DIV -> b.beginTrueDiv();
            case MOD -> b.beginMod();
            case POW -> b.beginPow();
            case LSHIFT -> b.beginLShift();
            case RSHIFT -> b.beginRShift();
            case BITOR -> b.beginBitOr();
            case BITXOR -> b.beginBitXor();
            case BITAND -> b.beginBitAnd();
            case FLOORDIV -> b.beginFloorDiv();
        }
        emit(bo.left());
        emit(bo.right());
        switch (bo.op()) {
            case ADD -> b.endAdd();
            case SUB -> b.endSub();
            case MULT -> b.endMul();
            case MATMULT -> b.endMatMul();
            case DIV -> b.endTrueDiv();
            case MOD -> b.endMod();
            case POW -> b.endPow();
            case LSHIFT -> b.endLShift();
            case RSHIFT -> b.endRShift();
            case BITOR -> b.endBitOr();
            case BITXOR -> b.endBitXor();
            case BITAND -> b.endBitAnd();
            case FLOORDIV -> b.endFloorDiv();
        }
        endSection();
    }

    private void emitUnary(Expr.UnaryOp u) {
        switch (u.op()) {
            case NOT -> {
                b.beginNot();
                emit(u.operand());
                b.endNot();
            }
            case USUB -> {
                b.beginNegate();
                emit(u.operand());
                b.endNegate();
            }
            case UADD -> {
                b.beginPositive();
                emit(u.operand());
                b.endPositive();
            }
            case INVERT -> {
                b.beginInvert();
                emit(u.operand());
                b.endInvert();
            }
        }
    }

    private void beginCompare(CmpOperator op) {
        switch (op) {
            case EQ -> b.beginEq();
            case NOTEQ -> b.beginNe();
            case LT -> b.beginLt();
            case LTE -> b.beginLe();
            case GT -> b.beginGt();
            case GTE -> b.beginGe();
            case IS -> b.beginIs();
            case ISNOT -> b.beginIsNot();
            case IN -> b.beginIn();
            case NOTIN -> b.beginNotIn();
        }
    }

    private void endCompare(CmpOperator op) {
        switch (op) {
            case EQ -> b.endEq();
            case NOTEQ -> b.endNe();
            case LT -> b.endLt();
            case LTE -> b.endLe();
            case GT -> b.endGt();
            case GTE -> b.endGe();
            case IS -> b.endIs();
            case ISNOT -> b.endIsNot();
            case IN -> b.endIn();
            case NOTIN -> b.endNotIn();
        }
    }

    /** a < b < c evaluates b once and stops at the first false comparison. */
    private void emitCompare(Expr.Compare c) {
        beginSection(c);
        List<CmpOperator> ops = c.ops();
        if (ops.size() == 1) {
            beginCompare(ops.get(0));
            emit(c.left());
            emit(c.comparators().get(0));
            endCompare(ops.get(0));
            endSection();
            return;
        }
        BytecodeLocal[] temps = new BytecodeLocal[ops.size() - 1];
        for (int i = 0; i < temps.length; i++) {
            temps[i] = g.newTemp();
        }
        b.beginBoolAnd();
        for (int i = 0; i < ops.size(); i++) {
            beginCompare(ops.get(i));
            if (i == 0) {
                emit(c.left());
            } else {
                b.emitLoadLocal(temps[i - 1]);
            }
            Expr right = c.comparators().get(i);
            if (i < temps.length) {
                b.beginBlock();
                b.beginStoreLocal(temps[i]);
                emit(right);
                b.endStoreLocal();
                b.emitLoadLocal(temps[i]);
                b.endBlock();
            } else {
                emit(right);
            }
            endCompare(ops.get(i));
        }
        b.endBoolAnd();
        endSection();
    }

    // ---------------------------------------------------------------- calls

    /** The callee (or a method's receiver), the positional arguments, then the keyword values. */
    private void emitCallOperands(Expr first, Expr.Call c) {
        emit(first);
        for (Expr arg : c.args()) {
            emit(arg);
        }
        for (Keyword k : c.keywords()) {
            emit(k.value());
        }
    }

    private void emitCall(Expr.Call c) {
        boolean hasStar = false;
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                hasStar = true;
            }
        }
        boolean hasDoubleStar = false;
        Set<String> seen = new HashSet<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                hasDoubleStar = true;
            } else if (!seen.add(k.arg())) {
                throw g.errors().at(k, "keyword argument repeated: " + k.arg());
            }
        }
        if (!hasStar && !hasDoubleStar) {
            if (c.keywords().isEmpty()) {
                if (emitZeroArgSuper(c)) {
                    return;
                }
                if (c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Call inner && emitSuperMethodCall(inner, g.mangle(a.attr()), c)) {
                    return;
                }
                if (c.func() instanceof Expr.Attribute a) {
                    b.beginCallMethod(g.mangle(a.attr()));
                    emitCallOperands(a.value(), c);
                    b.endCallMethod();
                    return;
                }
                b.beginCallFunction();
                emitCallOperands(c.func(), c);
                b.endCallFunction();
                return;
            }
            String[] names = c.keywords().stream().map(Keyword::arg).toArray(String[]::new);
            if (c.func() instanceof Expr.Attribute a) {
                b.beginCallMethodKw(g.mangle(a.attr()), names);
                emitCallOperands(a.value(), c);
                b.endCallMethodKw();
                return;
            }
            b.beginCallFunctionKw(names);
            emitCallOperands(c.func(), c);
            b.endCallFunctionKw();
            return;
        }
        b.beginCallFunctionEx();
        emit(c.func());
        if (c.args().size() == 1 && c.args().get(0) instanceof Expr.Starred only) {
            // f(*x): x goes to the call as is, which checks that it is iterable (CPython does too)
            emit(only.value());
        } else {
            emitStarredSequence(c.args(), 0);
        }
        if (c.keywords().isEmpty()) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            // merged by the call, which knows the callee for its error messages
            b.beginBuildCallKeywords();
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    b.emitLoadConstant(PNone.NO_VALUE);
                } else {
                    b.emitLoadConstant(k.arg());
                }
                emit(k.value());
            }
            b.endBuildCallKeywords();
        }
        b.endCallFunctionEx();
    }

    /** super() in a method: becomes super(__class__, first_argument), as CPython finds them in the frame. */
    private boolean emitZeroArgSuper(Expr.Call c) {
        if (!isZeroArgSuper(c)) {
            return false;
        }
        b.beginCallZeroArgSuper();
        emitSuperOperands();
        b.endCallZeroArgSuper();
        return true;
    }

    /** {@code super()} in a method, which means {@code super(__class__, <first argument>)}. */
    private boolean isZeroArgSuper(Expr.Call c) {
        if (!(c.func() instanceof Expr.Name n) || !n.id().equals("super") || !c.args().isEmpty() || !c.keywords().isEmpty()) {
            return false;
        }
        return g.scope.kind.isFunctionLike() && g.cellLocals.containsKey("__class__") && g.code.getArgCount() > 0 && !g.scope.varnames().isEmpty();
    }

    /** super, __class__ and the first argument. */
    private void emitSuperOperands() {
        g.emitLoadName("super");
        b.beginLoadCell("__class__", true);
        b.emitLoadLocal(g.cellLocals.get("__class__"));
        b.endLoadCell();
        g.emitLoadName(g.scope.varnames().get(0));
    }

    /** {@code super().name(args)}: one operation, without a super object (see SuperMethodCallNode). */
    private boolean emitSuperMethodCall(Expr.Call inner, String name, Expr.Call c) {
        if (!isZeroArgSuper(inner)) {
            return false;
        }
        b.beginCallSuperMethod(name);
        emitSuperOperands();
        for (Expr arg : c.args()) {
            emit(arg);
        }
        b.endCallSuperMethod();
        return true;
    }

    // ---------------------------------------------------------------- displays

    /** kind 0 tuple, 1 list, 2 set. */
    private void emitSequence(List<Expr> elts, int kind) {
        boolean starred = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                starred = true;
            }
        }
        if (starred) {
            emitStarredSequence(elts, kind);
            return;
        }
        switch (kind) {
            case 0 -> b.beginBuildTuple();
            case 1 -> b.beginBuildList();
            default -> b.beginBuildSet();
        }
        for (Expr e : elts) {
            emit(e);
        }
        switch (kind) {
            case 0 -> b.endBuildTuple();
            case 1 -> b.endBuildList();
            default -> b.endBuildSet();
        }
    }

    /** A display or argument list with *iterables spliced in. */
    void emitStarredSequence(List<Expr> elts, int kind) {
        boolean[] mask = new boolean[elts.size()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = elts.get(i) instanceof Expr.Starred;
        }
        b.beginBuildUnpacking(kind, mask);
        for (Expr e : elts) {
            emit(e instanceof Expr.Starred s ? s.value() : e);
        }
        b.endBuildUnpacking();
    }

    private void emitDict(Expr.Dict d) {
        boolean unpack = d.keys().stream().anyMatch(java.util.Objects::isNull);
        if (unpack) {
            b.beginBuildMapUnpacking();
        } else {
            b.beginBuildMap();
        }
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                b.emitLoadConstant(PNone.NO_VALUE);
            } else {
                emit(k);
            }
            emit(d.values().get(i));
        }
        if (unpack) {
            b.endBuildMapUnpacking();
        } else {
            b.endBuildMap();
        }
    }

    // ---------------------------------------------------------------- f-strings

    private void emitJoinedStr(Expr.JoinedStr j) {
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.Constant c) {
            b.emitLoadConstant(c.value());
            return;
        }
        b.beginBuildString();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c) {
                b.emitLoadConstant(c.value());
            } else {
                emit(part);
            }
        }
        b.endBuildString();
    }

    private void emitFormattedValue(Expr.FormattedValue f) {
        b.beginFormatValue(f.conversion());
        emit(f.value());
        if (f.formatSpec() == null) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            emit(f.formatSpec());
        }
        b.endFormatValue();
    }

    // ---------------------------------------------------------------- yield from / await

    void emitYieldFrom(Expr value, boolean isAwait) {
        emitYieldFrom(() -> emit(value), isAwait);
    }

    /** The operand of a yield; in an async generator wrapped so the step awaitable can tell it from an await. */
    void emitYieldedValue(Runnable value) {
        if (g.scope.isGenerator && g.scope.isCoroutine) {
            b.beginAsyncGenWrap();
            value.run();
            b.endAsyncGenWrap();
        } else {
            value.run();
        }
    }

    /** {@code yield from}/{@code await} of the value {@code value} emits. */
    void emitYieldFrom(Runnable value, boolean isAwait) {
        BytecodeLocal it = g.newTemp();
        BytecodeLocal sent = g.newTemp();
        BytecodeLocal result = g.newTemp();
        b.beginBlock();
        b.beginStoreLocal(it);
        b.beginGetYieldFromIter(isAwait);
        value.run();
        b.endGetYieldFromIter();
        b.endStoreLocal();
        b.beginStoreLocal(sent);
        b.emitLoadConstant(PNone.NONE);
        b.endStoreLocal();
        b.beginWhile();
        b.beginYieldFromStep(result);
        b.emitLoadLocal(it);
        b.emitLoadLocal(sent);
        b.endYieldFromStep();
        b.beginStoreLocal(sent);
        g.emitTracedYield(() -> b.emitLoadLocal(result));
        b.endStoreLocal();
        b.endWhile();
        g.clearTemp(it);
        g.clearTemp(sent);
        b.emitLoadLocal(result);
        b.endBlock();
    }

    /** A short description of an expression for error messages ("literal", "function call", ...). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.Constant c -> "literal";
            case Expr.Call c -> "function call";
            default -> "expression";
        };
    }

    static boolean isLoad(ExprContext ctx) {
        return ctx == ExprContext.LOAD;
    }
}
