package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.ASYNC;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DOUBLESTAR;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.FOR;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.STAR;

import dev.taipan.parser.ParserBase.ParseFailure;
import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's invalid_arguments rule, run in the error pass when a call's argument list does not
 * parse. It re-parses the arguments the way CPython's PEG {@code args} rule does (with
 * backtracking) to find which of the known mistakes was made.
 */
final class InvalidArguments {
    private final ExpressionParser p;

    private InvalidArguments(ExpressionParser p) {
        this.p = p;
    }

    /** What CPython's {@code args} rule matched. */
    private static final class Args {
        final List<Expr> positional = new ArrayList<>();
        int keywords;
        boolean keywordUnpacking;
    }

    static void check(ExpressionParser p, int start) {
        new InvalidArguments(p).run(start);
    }

    private void run(int start) {
        // ((positional+ ',' kwargs) | kwargs) ',' '*'
        p.pos = start;
        if (kwargsPrefix() && p.accept(COMMA) && p.at(STAR)) {
            throw p.errorAtToken("iterable argument unpacking follows keyword argument unpacking", p.tok());
        }
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        p.pos = start;
        try {
            Expr a = p.expression();
            if (atFor()) {
                List<Comprehension> b = p.forIfClauses();
                if (p.accept(COMMA)) {
                    // [args | expression for_if_clauses]: CPython reads on before raising
                    int after = p.pos;
                    if (args() == null) {
                        try {
                            p.expression();
                            p.forIfClauses();
                        } catch (ParseFailure f) {
                            p.pos = after;
                        }
                    }
                    throw p.errors.range("Generator expression must be parenthesized", a.start(), lastItem(b).end());
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        // NAME '=' expression for_if_clauses
        p.pos = start;
        Token name = p.tok();
        if (name.kind == NAME && p.kindAt(1) == EQUAL) {
            try {
                Token eq = p.tokAt(1);
                p.pos += 2;
                p.expression();
                if (atFor()) {
                    p.forIfClauses();
                    throw p.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, eq);
                }
            } catch (ParseFailure f) {
                // no match
            }
        }
        // (args ',')? NAME '=' &(',' | ')')
        p.pos = start;
        int save = p.pos;
        if (args() == null || !p.accept(COMMA)) {
            p.pos = save;
        }
        if (valueMissing()) {
            throw p.errorRange("expected argument value expression", p.tok(), p.tokAt(1));
        }
        p.pos = start;
        if (valueMissing()) {
            throw p.errorRange("expected argument value expression", p.tok(), p.tokAt(1));
        }
        // args for_if_clauses
        p.pos = start;
        Args a = args();
        if (a != null && atFor()) {
            try {
                List<Comprehension> b = p.forIfClauses();
                if (a.positional.size() > 1) {
                    Expr last = a.positional.get(a.positional.size() - 1);
                    throw p.errors.range("Generator expression must be parenthesized", last.start(), lastItem(b).end());
                }
            } catch (ParseFailure f) {
                // no match
            }
        }
        // args ',' expression for_if_clauses
        p.pos = start;
        a = args();
        if (a != null && p.accept(COMMA)) {
            int afterComma = p.pos;
            try {
                Expr e = p.expression();
                if (atFor()) {
                    List<Comprehension> b = p.forIfClauses();
                    throw p.errors.range("Generator expression must be parenthesized", e.start(), lastItem(b).end());
                }
            } catch (ParseFailure f) {
                // no match
            }
            // args ',' args
            p.pos = afterComma;
            if (args() != null) {
                String msg = a.keywordUnpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
                throw p.errorAtLastToken(Kind.SYNTAX_ERROR, msg);
            }
        }
        p.pos = start;
    }

    private boolean valueMissing() {
        if (p.kind() == NAME && p.kindAt(1) == EQUAL) {
            TokenKind k = p.kindAt(2);
            return k == COMMA || k == RPAR;
        }
        return false;
    }

    private boolean atFor() {
        return p.at(FOR) || (p.at(ASYNC) && p.kindAt(1) == FOR);
    }

    private static Expr lastItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /** (','.positional+ ',' kwargs) | kwargs */
    private boolean kwargsPrefix() {
        int start = p.pos;
        Args r = new Args();
        if (positional(r)) {
            while (true) {
                int save = p.pos;
                if (!p.accept(COMMA) || !positional(r)) {
                    p.pos = save;
                    break;
                }
            }
            if (p.accept(COMMA) && kwargs(r)) {
                return true;
            }
        }
        p.pos = start;
        if (kwargs(new Args())) {
            return true;
        }
        p.pos = start;
        return false;
    }

    /** CPython's args rule; null (position restored) when it does not match. */
    private Args args() {
        int start = p.pos;
        Args r = new Args();
        if (positional(r)) {
            while (true) {
                int save = p.pos;
                if (!p.accept(COMMA) || !positional(r)) {
                    p.pos = save;
                    break;
                }
            }
            int save = p.pos;
            if (p.accept(COMMA) && !kwargs(r)) {
                p.pos = save;
            }
            return r;
        }
        p.pos = start;
        if (kwargs(r)) {
            return r;
        }
        p.pos = start;
        return null;
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private boolean positional(Args r) {
        int save = p.pos;
        try {
            Expr e;
            if (p.at(STAR)) {
                e = p.starredExpression();
            } else {
                e = p.namedExpressionNoInvalid();
                if (p.at(EQUAL)) {
                    throw ParserBase.fail();
                }
            }
            r.positional.add(e);
            return true;
        } catch (ParseFailure f) {
            p.pos = save;
            return false;
        }
    }

    /** kwargs: kwarg_or_starred list, then kwarg_or_double_starred list (either may be absent). */
    private boolean kwargs(Args r) {
        int start = p.pos;
        int npos = r.positional.size();
        int nkw = r.keywords;
        boolean unpack = r.keywordUnpacking;
        if (gather(r, false) && p.accept(COMMA)) {
            if (gather(r, true)) {
                return true;
            }
        }
        p.pos = start;
        truncate(r, npos, nkw, unpack);
        if (gather(r, false)) {
            return true;
        }
        p.pos = start;
        truncate(r, npos, nkw, unpack);
        if (gather(r, true)) {
            return true;
        }
        p.pos = start;
        truncate(r, npos, nkw, unpack);
        return false;
    }

    private static void truncate(Args r, int npos, int nkw, boolean unpack) {
        while (r.positional.size() > npos) {
            r.positional.remove(r.positional.size() - 1);
        }
        r.keywords = nkw;
        r.keywordUnpacking = unpack;
    }

    /** ','.item+ where item is kwarg_or_starred or kwarg_or_double_starred. */
    private boolean gather(Args r, boolean doubleStarred) {
        if (!kwarg(r, doubleStarred)) {
            return false;
        }
        while (true) {
            int save = p.pos;
            if (!p.accept(COMMA) || !kwarg(r, doubleStarred)) {
                p.pos = save;
                return true;
            }
        }
    }

    private boolean kwarg(Args r, boolean doubleStarred) {
        int save = p.pos;
        try {
            p.invalidKwargRule();
            Token t = p.tok();
            if (t.kind == NAME && p.kindAt(1) == EQUAL) {
                p.pos += 2;
                p.expression();
                r.keywords++;
                return true;
            }
            if (!doubleStarred && t.kind == STAR) {
                r.positional.add(p.starredExpression());
                return true;
            }
            if (doubleStarred && t.kind == DOUBLESTAR) {
                p.pos++;
                p.expression();
                r.keywords++;
                r.keywordUnpacking = true;
                return true;
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
        return false;
    }
}
