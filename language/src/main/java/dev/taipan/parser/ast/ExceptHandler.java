package dev.taipan.parser.ast;

import java.util.List;

/** {@code except [type [as name]]: body}. */
public record ExceptHandler(int start, int end, Expr type, String name, List<Stmt> body) implements Node {
}
