package dev.taipan.compiler;

import java.math.BigInteger;

import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ImaginaryConstant;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.UnaryOperator;

/**
 * The SyntaxWarnings CPython's compiler gives for code that runs but is almost surely a
 * mistake: {@code x is 1}, {@code assert (x, "msg")}, {@code [(1, 2) (3, 4)]}. Checked by the
 * symbol table, which sees the whole module at once (function bodies are generated lazily).
 */
final class CompilerWarnings {
    private CompilerWarnings() {
    }

    /** {@code is}/{@code is not} with a literal on either side. */
    static void checkCompare(Expr.Compare c, SymbolTable table) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            CmpOperator op = c.ops().get(i);
            if (op == CmpOperator.IS || op == CmpOperator.ISNOT) {
                String literal = literalType(left);
                if (literal == null) {
                    literal = literalType(right);
                }
                if (literal != null) {
                    table.warn(op == CmpOperator.IS ? "\"is\" with '" + literal + "' literal. Did you mean \"==\"?"
                                    : "\"is not\" with '" + literal + "' literal. Did you mean \"!=\"?", c);
                    return;
                }
            }
            left = right;
        }
    }

    static void checkAssert(Stmt.Assert a, SymbolTable table) {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            table.warn("assertion is always true, perhaps remove parentheses?", a);
        }
    }

    /** A call of a display or literal: a missing comma between two items. */
    static void checkCall(Expr.Call c, SymbolTable table) {
        String type = switch (c.func()) {
            case Expr.Constant k -> constantType(k.value());
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> null;
        };
        if (type != null) {
            table.warn("'" + type + "' object is not callable; perhaps you missed a comma?", c);
        }
    }

    /** The type of a literal as CPython's constant folding sees it; null for anything else (None, True, names). */
    private static String literalType(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof Boolean || c.value() instanceof ConstantSingleton ? null : constantType(c.value());
            case Expr.UnaryOp u when u.op() != UnaryOperator.NOT && u.operand() instanceof Expr.Constant c && isNumber(c.value()) -> constantType(c.value());
            case Expr.Tuple t when t.elts().stream().allMatch(x -> x instanceof Expr.Constant || literalType(x) != null) -> "tuple";
            default -> null;
        };
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof ImaginaryConstant;
    }

    private static String constantType(Object v) {
        return switch (v) {
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case ImaginaryConstant i -> "complex";
            case String s -> "str";
            case BytesConstant b -> "bytes";
            case Boolean b -> "bool";
            case ConstantSingleton s -> s == ConstantSingleton.NONE ? "NoneType" : "ellipsis";
            default -> v.getClass().getSimpleName();
        };
    }
}
