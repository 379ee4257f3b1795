package dev.taipan.compiler;

import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Stmt;

/**
 * The statements that extend a variable by concatenation, {@code s += x} and {@code s = s + x}.
 * For a fast local they compile to InplaceAccumulate, which grows a str in place (linear time in
 * a loop, like CPython's in-place resize of an unshared str) instead of copying it each time.
 */
final class Concatenation {
    private Concatenation() {
    }

    /** The Name {@code s} when {@code a} is {@code s = s + x}, else null. */
    static Expr.Name selfConcatTarget(Stmt.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target && a.value() instanceof Expr.BinOp bin && bin.op() == Operator.ADD
                        && bin.left() instanceof Expr.Name left && left.id().equals(target.id())) {
            return target;
        }
        return null;
    }
}
