package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;

/**
 * Turns an expression parsed in load context into an assignment or deletion target (ctx STORE
 * or DEL), rejecting what cannot be assigned with CPython's messages.
 */
final class Targets {
    private Targets() {
    }

    static Expr toStore(Expr e, TokenStream ts) {
        return convert(e, ExprContext.STORE, ts, false);
    }

    static Expr toDelete(Expr e, TokenStream ts) {
        return convert(e, ExprContext.DEL, ts, false);
    }

    /** {@code inAssignmentStatement} adds the "Maybe you meant '=='" hint of CPython. */
    static Expr toAssignTarget(Expr e, TokenStream ts) {
        return convert(e, ExprContext.STORE, ts, true);
    }

    private static Expr convert(Expr e, ExprContext ctx, TokenStream ts, boolean hint) {
        switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__") && ctx == ExprContext.STORE) {
                    throw ts.error("cannot assign to __debug__", n.start(), n.end());
                }
                return new Expr.Name(n.start(), n.end(), n.id(), ctx);
            }
            case Expr.Attribute a -> {
                return new Expr.Attribute(a.start(), a.end(), a.value(), a.attr(), ctx);
            }
            case Expr.Subscript s -> {
                return new Expr.Subscript(s.start(), s.end(), s.value(), s.slice(), ctx);
            }
            case Expr.Starred s -> {
                if (ctx == ExprContext.DEL) {
                    throw ts.error("cannot delete starred", s.start(), s.end());
                }
                return new Expr.Starred(s.start(), s.end(), convert(s.value(), ctx, ts, false), ctx);
            }
            case Expr.Tuple t -> {
                List<Expr> elts = new ArrayList<>();
                for (Expr x : t.elts()) {
                    elts.add(convert(x, ctx, ts, false));
                }
                return new Expr.Tuple(t.start(), t.end(), elts, ctx);
            }
            case Expr.ListExpr l -> {
                List<Expr> elts = new ArrayList<>();
                for (Expr x : l.elts()) {
                    elts.add(convert(x, ctx, ts, false));
                }
                return new Expr.ListExpr(l.start(), l.end(), elts, ctx);
            }
            default -> {
                String what = describe(e);
                String verb = ctx == ExprContext.DEL ? "delete" : "assign to";
                if (hint && (e instanceof Expr.Constant || e instanceof Expr.Call || e instanceof Expr.BinOp || e instanceof Expr.Compare || e instanceof Expr.BoolOp ||
                                e instanceof Expr.UnaryOp)) {
                    if (e instanceof Expr.Constant || e instanceof Expr.Call) {
                        throw ts.error("cannot " + verb + " " + what + " here. Maybe you meant '==' instead of '='?", e.start(), e.end());
                    }
                }
                throw ts.error("cannot " + verb + " " + what, e.start(), e.end());
            }
        }
    }

    /** What CPython calls an expression in "cannot assign to X" messages. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Constant c -> {
                if (c.value() == ConstantSingleton.NONE) {
                    yield "None";
                } else if (c.value() instanceof Boolean b) {
                    yield b ? "True" : "False";
                } else if (c.value() == ConstantSingleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Call c -> "function call";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.BoolOp b -> "expression";
            case Expr.Compare c -> "comparison";
            case Expr.Lambda l -> "lambda";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Slice s -> "slice";
        };
    }
}
