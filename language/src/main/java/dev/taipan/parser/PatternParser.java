package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.UnaryOperator;

/**
 * The match statement (PEP 634). {@code match} is a soft keyword: the statement is tried first
 * and, if what follows is not {@code subject: NEWLINE INDENT case}, parsing starts over with
 * {@code match} as an ordinary name.
 */
final class PatternParser {
    private final TokenStream ts;
    private final ExpressionParser ep;
    private final StatementParser sp;

    PatternParser(TokenStream ts, ExpressionParser ep, StatementParser sp) {
        this.ts = ts;
        this.ep = ep;
        this.sp = sp;
    }

    /** A match statement, or null (position restored) if this 'match' is just a name. */
    Stmt tryMatchStatement() {
        int mark = ts.mark();
        Token kw = ts.next();
        Expr subject;
        try {
            if (!ep.startsExpression()) {
                ts.reset(mark);
                return null;
            }
            subject = subjectExpression();
            if (!ts.atOp(":") || ts.peek(1).kind() != TokenKind.NEWLINE || ts.peek(2).kind() != TokenKind.INDENT || !ts.peek(3).isName("case")) {
                if (ts.atOp(":") && ts.peek(1).kind() == TokenKind.NEWLINE && ts.peek(2).kind() != TokenKind.INDENT) {
                    Token t = ts.peek(2);
                    throw ts.errorAt(SyntaxErrorException.Kind.INDENTATION_ERROR, "expected an indented block after 'match' statement on line " + ts.lines.line(kw.start()), t.start(),
                                    t.start(), t.kind() == TokenKind.ENDMARKER);
                }
                ts.reset(mark);
                return null;
            }
        } catch (SyntaxErrorException e) {
            if (e.kind == SyntaxErrorException.Kind.INDENTATION_ERROR) {
                throw e;
            }
            ts.reset(mark);
            return null;
        }
        ts.expectOp(":");
        ts.expectKind(TokenKind.NEWLINE);
        ts.expectKind(TokenKind.INDENT);
        List<MatchCase> cases = new ArrayList<>();
        while (ts.atName("case")) {
            Token c = ts.next();
            Pattern p = patterns();
            Expr guard = null;
            if (ts.acceptName("if")) {
                guard = ep.namedExpression();
            }
            ts.expectOp(":");
            List<Stmt> body = sp.block("'case' statement on line " + ts.lines.line(c.start()));
            cases.add(new MatchCase(p, guard, body));
        }
        if (!ts.atKind(TokenKind.DEDENT) && !ts.atKind(TokenKind.ENDMARKER)) {
            throw ts.invalidSyntax();
        }
        ts.acceptDedent();
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(kw.start(), lastBody.get(lastBody.size() - 1).end(), subject, cases);
    }

    private Expr subjectExpression() {
        int s = ts.peek().start();
        Expr first = ep.starNamedExpression();
        if (!ts.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp(":")) {
                break;
            }
            elts.add(ep.starNamedExpression());
        }
        return new Expr.Tuple(s, ts.previous().end(), elts, ExprContext.LOAD);
    }

    /** case patterns: a pattern, or an open sequence {@code a, b, *rest}. */
    private Pattern patterns() {
        int s = ts.peek().start();
        Pattern first = maybeStarPattern();
        if (!ts.atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(s, first.end(), List.of(first));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp(":") || ts.atName("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(s, ts.previous().end(), items);
    }

    private Pattern maybeStarPattern() {
        if (ts.atOp("*")) {
            Token star = ts.next();
            Token name = ts.expectIdentifier();
            return new Pattern.MatchStar(star.start(), name.end(), name.text().equals("_") ? null : name.text());
        }
        return pattern();
    }

    private Pattern pattern() {
        Pattern p = orPattern();
        if (ts.acceptName("as")) {
            Token name = ts.peek();
            if (name.isName("_")) {
                throw ts.error("cannot use '_' as a target", name.start(), name.end());
            }
            name = ts.expectIdentifier();
            return new Pattern.MatchAs(p.start(), name.end(), p, name.text());
        }
        return p;
    }

    private Pattern orPattern() {
        Pattern first = closedPattern();
        if (!ts.atOp("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (ts.acceptOp("|")) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(first.start(), alts.get(alts.size() - 1).end(), alts);
    }

    private Pattern closedPattern() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.NUMBER || t.isOp("-") || t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING) {
            Expr value = literalExpression();
            return new Pattern.MatchValue(value.start(), value.end(), value);
        }
        if (t.isName("None")) {
            ts.next();
            return new Pattern.MatchSingleton(t.start(), t.end(), ConstantSingleton.NONE);
        }
        if (t.isName("True") || t.isName("False")) {
            ts.next();
            return new Pattern.MatchSingleton(t.start(), t.end(), t.text().equals("True"));
        }
        if (t.isOp("(")) {
            return groupOrSequence();
        }
        if (t.isOp("[")) {
            ts.next();
            ts.bracketDepth++;
            List<Pattern> items = new ArrayList<>();
            while (!ts.atOp("]")) {
                items.add(maybeStarPattern());
                if (!ts.acceptOp(",")) {
                    break;
                }
            }
            ts.bracketDepth--;
            Token close = ts.expectOp("]");
            return new Pattern.MatchSequence(t.start(), close.end(), items);
        }
        if (t.isOp("{")) {
            return mappingPattern();
        }
        if (t.kind() == TokenKind.NAME && !Keywords.isKeyword(t.text())) {
            ts.next();
            Expr nameOrAttr = new Expr.Name(t.start(), t.end(), t.text(), ExprContext.LOAD);
            boolean dotted = false;
            while (ts.atOp(".")) {
                ts.next();
                Token attr = ts.expectIdentifier();
                nameOrAttr = new Expr.Attribute(t.start(), attr.end(), nameOrAttr, attr.text(), ExprContext.LOAD);
                dotted = true;
            }
            if (ts.atOp("(")) {
                return classPattern(nameOrAttr);
            }
            if (dotted) {
                return new Pattern.MatchValue(nameOrAttr.start(), nameOrAttr.end(), nameOrAttr);
            }
            if (t.text().equals("_")) {
                return new Pattern.MatchAs(t.start(), t.end(), null, null);
            }
            return new Pattern.MatchAs(t.start(), t.end(), null, t.text());
        }
        throw ts.invalidSyntax();
    }

    /** Literal patterns: numbers (signed, complex a+bj), strings, and their concatenations. */
    private Expr literalExpression() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.STRING || t.kind() == TokenKind.FSTRING) {
            Expr e = ep.atom();
            if (e instanceof Expr.JoinedStr) {
                throw ts.error("patterns may only match literals and attribute lookups", e.start(), e.end());
            }
            return e;
        }
        Expr num = signedNumber();
        if (ts.atOp("+") || ts.atOp("-")) {
            Operator op = ts.next().text().equals("+") ? Operator.ADD : Operator.SUB;
            Token imag = ts.expectKind(TokenKind.NUMBER);
            if (!(imag.value() instanceof dev.taipan.parser.ast.ImaginaryConstant)) {
                throw ts.error("imaginary number required in complex literal", imag.start(), imag.end());
            }
            Expr right = new Expr.Constant(imag.start(), imag.end(), imag.value(), null);
            return new Expr.BinOp(num.start(), right.end(), num, op, right);
        }
        return num;
    }

    private Expr signedNumber() {
        Token t = ts.peek();
        if (t.isOp("-")) {
            ts.next();
            Token n = ts.expectKind(TokenKind.NUMBER);
            Expr c = new Expr.Constant(n.start(), n.end(), n.value(), null);
            return new Expr.UnaryOp(t.start(), n.end(), UnaryOperator.USUB, c);
        }
        Token n = ts.expectKind(TokenKind.NUMBER);
        return new Expr.Constant(n.start(), n.end(), n.value(), null);
    }

    private Pattern groupOrSequence() {
        Token open = ts.next();
        ts.bracketDepth++;
        if (ts.atOp(")")) {
            ts.bracketDepth--;
            Token close = ts.next();
            return new Pattern.MatchSequence(open.start(), close.end(), List.of());
        }
        Pattern first = maybeStarPattern();
        if (ts.atOp(")") && !(first instanceof Pattern.MatchStar)) {
            ts.bracketDepth--;
            ts.next();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp(")")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        ts.bracketDepth--;
        Token close = ts.expectOp(")");
        return new Pattern.MatchSequence(open.start(), close.end(), items);
    }

    private Pattern mappingPattern() {
        Token open = ts.next();
        ts.bracketDepth++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!ts.atOp("}")) {
            if (ts.acceptOp("**")) {
                rest = ts.expectIdentifier().text();
                ts.acceptOp(",");
                break;
            }
            Token t = ts.peek();
            Expr key;
            if (t.isName("None") || t.isName("True") || t.isName("False")) {
                ts.next();
                key = new Expr.Constant(t.start(), t.end(), t.isName("None") ? ConstantSingleton.NONE : (Object) t.text().equals("True"), null);
            } else if (t.kind() == TokenKind.NAME) {
                ts.next();
                key = new Expr.Name(t.start(), t.end(), t.text(), ExprContext.LOAD);
                if (!ts.atOp(".")) {
                    throw ts.invalidSyntax();
                }
                while (ts.acceptOp(".")) {
                    Token a = ts.expectIdentifier();
                    key = new Expr.Attribute(t.start(), a.end(), key, a.text(), ExprContext.LOAD);
                }
            } else {
                key = literalExpression();
            }
            ts.expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!ts.acceptOp(",")) {
                break;
            }
        }
        ts.bracketDepth--;
        Token close = ts.expectOp("}");
        return new Pattern.MatchMapping(open.start(), close.end(), keys, values, rest);
    }

    private Pattern classPattern(Expr cls) {
        ts.expectOp("(");
        ts.bracketDepth++;
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!ts.atOp(")")) {
            if (ts.peek().kind() == TokenKind.NAME && ts.peek(1).isOp("=")) {
                Token name = ts.next();
                ts.next();
                kwdAttrs.add(name.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw ts.error("positional patterns follow keyword patterns", p.start(), p.end());
                }
                positional.add(p);
            }
            if (!ts.acceptOp(",")) {
                break;
            }
        }
        ts.bracketDepth--;
        Token close = ts.expectOp(")");
        return new Pattern.MatchClass(cls.start(), close.end(), cls, positional, kwdAttrs, kwdPatterns);
    }
}
