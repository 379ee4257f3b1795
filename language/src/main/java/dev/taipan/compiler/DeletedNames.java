package dev.taipan.compiler;

import java.util.List;
import java.util.Set;

import dev.taipan.parser.ast.ExceptHandler;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Stmt;

/**
 * The names a function body deletes ({@code del x}, and {@code except ... as x}, which deletes
 * x at the end of the handler). Such locals always get the unbound check on load.
 */
final class DeletedNames {
    private DeletedNames() {
    }

    static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            collect(s, out);
        }
    }

    private static void collect(Stmt s, Set<String> out) {
        switch (s) {
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    collectTarget(t, out);
                }
            }
            case Stmt.If i -> {
                collect(i.body(), out);
                collect(i.orelse(), out);
            }
            case Stmt.For f -> {
                collect(f.body(), out);
                collect(f.orelse(), out);
            }
            case Stmt.While w -> {
                collect(w.body(), out);
                collect(w.orelse(), out);
            }
            case Stmt.With w -> collect(w.body(), out);
            case Stmt.Try t -> {
                collect(t.body(), out);
                for (ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        out.add(h.name());
                    }
                    collect(h.body(), out);
                }
                collect(t.orelse(), out);
                collect(t.finalbody(), out);
            }
            case Stmt.Match m -> {
                for (MatchCase c : m.cases()) {
                    collect(c.body(), out);
                }
            }
            default -> {
            }
        }
    }

    private static void collectTarget(Expr t, Set<String> out) {
        switch (t) {
            case Expr.Name n -> out.add(n.id());
            case Expr.Tuple tu -> tu.elts().forEach(e -> collectTarget(e, out));
            case Expr.ListExpr l -> l.elts().forEach(e -> collectTarget(e, out));
            default -> {
            }
        }
    }
}
