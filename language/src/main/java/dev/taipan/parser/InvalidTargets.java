package dev.taipan.parser;

import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;

/**
 * What CPython's error messages say about expressions: the name of an expression kind
 * ("function call", "literal", ...) and which part of an assignment target is not assignable.
 */
final class InvalidTargets {
    private InvalidTargets() {
    }

    /** Where a target appears: assignments, 'for' targets (parsed as a comparison), del. */
    enum Type {
        STAR,
        FOR,
        DEL
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantSingleton.NONE) {
                    yield "None";
                } else if (Boolean.FALSE.equals(v)) {
                    yield "False";
                } else if (Boolean.TRUE.equals(v)) {
                    yield "True";
                } else if (v == ConstantSingleton.ELLIPSIS) {
                    yield "ellipsis";
                }
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, Type type) {
        if (e == null) {
            return null;
        }
        switch (e) {
            case Expr.ListExpr l -> {
                for (Expr x : l.elts()) {
                    Expr child = invalidTarget(x, type);
                    if (child != null) {
                        return child;
                    }
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr child = invalidTarget(x, type);
                    if (child != null) {
                        return child;
                    }
                }
                return null;
            }
            case Expr.Starred s -> {
                if (type == Type.DEL) {
                    return e;
                }
                return invalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == Type.FOR) {
                    // 'a in b' of 'for a in b' parses as a comparison: look at its left side
                    if (c.ops().get(0) == CmpOperator.IN) {
                        return invalidTarget(c.left(), type);
                    }
                    return null;
                }
                return e;
            }
            case Expr.Name n -> {
                return null;
            }
            case Expr.Subscript s -> {
                return null;
            }
            case Expr.Attribute a -> {
                return null;
            }
            default -> {
                return e;
            }
        }
    }

    /** The Python 2 statements that get "Missing parentheses in call to ...". */
    static boolean isLegacyName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /**
     * CPython's SOFT_KEYWORD token test, bug for bug: it compares only as many characters as the
     * name has, so any prefix of a soft keyword ("c", "ma", "typ", ...) counts as one.
     */
    static boolean isSoftKeyword(Token t) {
        if (t.kind != TokenKind.NAME || t.text.isEmpty()) {
            return false;
        }
        String s = t.text;
        return "_".startsWith(s) || "case".startsWith(s) || "match".startsWith(s) || "type".startsWith(s);
    }
}
