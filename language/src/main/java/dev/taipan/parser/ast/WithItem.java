package dev.taipan.parser.ast;

/** One {@code expr [as target]} of a with statement. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
