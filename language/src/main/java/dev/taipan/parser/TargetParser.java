package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.STAR;

import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment, for-loop and del targets. A target is parsed as a primary expression (or a
 * parenthesised/bracketed list of them) and then given the Store or Del context, which yields
 * CPython's star_targets / del_targets trees for every valid target; anything else fails.
 */
abstract class TargetParser extends ExpressionParser {

    TargetParser(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        super(source, errors, tokens, tokenizer, mode);
    }

    static boolean startsAtom(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** star_targets: star_target (',' star_target)* [','] */
    @Override
    final Expr starTargets() {
        int start = tok().start;
        Expr a = starTarget();
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            TokenKind k = kind();
            if (k != STAR && !startsAtom(k)) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.STORE);
    }

    /** star_target: '*' (!'*' star_target) | target_with_star_atom */
    final Expr starTarget() {
        if (at(STAR)) {
            int start = advance().start;
            if (at(STAR)) {
                throw fail();
            }
            Expr inner = starTarget();
            return new Expr.Starred(start, lastEnd(), inner, ExprContext.STORE);
        }
        Expr e = withContext(primary(), ExprContext.STORE);
        if (e == null) {
            throw fail();
        }
        return e;
    }

    /**
     * The target form of an expression (CPython's _PyPegen_set_expr_context), or null when it is
     * not a valid target for that context.
     */
    static Expr withContext(Expr e, ExprContext ctx) {
        switch (e) {
            case Expr.Name n -> {
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
                    return null;
                }
                Expr v = withContext(s.value(), ctx);
                return v == null ? null : new Expr.Starred(s.start(), s.end(), v, ctx);
            }
            case Expr.Tuple t -> {
                List<Expr> elts = withContext(t.elts(), ctx);
                return elts == null ? null : new Expr.Tuple(t.start(), t.end(), elts, ctx);
            }
            case Expr.ListExpr l -> {
                List<Expr> elts = withContext(l.elts(), ctx);
                return elts == null ? null : new Expr.ListExpr(l.start(), l.end(), elts, ctx);
            }
            default -> {
                return null;
            }
        }
    }

    private static List<Expr> withContext(List<Expr> elts, ExprContext ctx) {
        Expr[] out = new Expr[elts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = withContext(elts.get(i), ctx);
            if (out[i] == null) {
                return null;
            }
        }
        return List.of(out);
    }

    /** single_target: an attribute, subscript or name, possibly parenthesised. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }
}
