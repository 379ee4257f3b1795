package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.AS;
import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DOT;
import static dev.taipan.parser.TokenKind.DOUBLESTAR;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.LPAR;
import static dev.taipan.parser.TokenKind.MINUS;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.NUMBER;
import static dev.taipan.parser.TokenKind.PLUS;
import static dev.taipan.parser.TokenKind.RBRACE;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.RSQB;
import static dev.taipan.parser.TokenKind.STAR;
import static dev.taipan.parser.TokenKind.VBAR;

import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.ImaginaryConstant;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/** The patterns of {@code case} clauses (PEP 634). */
abstract class PatternParser extends ParametersParser {

    PatternParser(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        super(source, errors, tokens, tokenizer, mode);
    }

    static boolean startsPattern(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, MINUS, STRING, FSTRING_START, NONE, TRUE, FALSE, LPAR, LSQB, LBRACE, STAR -> true;
            default -> false;
        };
    }

    /** patterns: open_sequence_pattern | pattern */
    final Pattern patterns() {
        int start = tok().start;
        Pattern first = maybeStarPattern();
        if (at(COMMA)) {
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (accept(COMMA)) {
                if (!startsPattern(kind())) {
                    break;
                }
                items.add(maybeStarPattern());
            }
            return new Pattern.MatchSequence(start, lastEnd(), List.copyOf(items));
        }
        if (first instanceof Pattern.MatchStar) {
            throw fail();
        }
        return first;
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            return starPattern();
        }
        return pattern();
    }

    /** star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
    private Pattern starPattern() {
        int start = advance().start;
        Token n = expect(NAME);
        if (n.text.equals("_")) {
            return new Pattern.MatchStar(start, n.end, null);
        }
        TokenKind k = kind();
        if (k == DOT || k == LPAR || k == EQUAL) {
            throw fail();
        }
        return new Pattern.MatchStar(start, n.end, n.text);
    }

    /** pattern: as_pattern | or_pattern */
    final Pattern pattern() {
        int start = tok().start;
        Pattern p = orPattern();
        if (at(AS)) {
            int save = pos;
            pos++;
            Token n = tok();
            if (n.kind == NAME && !n.text.equals("_")) {
                TokenKind k = kindAt(1);
                if (k != DOT && k != LPAR && k != EQUAL) {
                    pos++;
                    return new Pattern.MatchAs(start, n.end, p, n.text);
                }
            }
            if (callInvalidRules) {
                invalidAsPattern(n);
            }
            pos = save;
        }
        return p;
    }

    /** invalid_as_pattern: or_pattern 'as' ("_" | !NAME expression) */
    private void invalidAsPattern(Token n) {
        if (isSoftKeyword(n, "_")) {
            throw errorAtToken("cannot use '_' as a target", n);
        }
        if (n.kind != NAME) {
            int save = pos;
            try {
                Expr e = expression();
                throw errors.range("invalid pattern target", e.start(), e.end());
            } catch (ParseFailure f) {
                pos = save;
            }
        }
    }

    /** or_pattern: '|'.closed_pattern+ */
    private Pattern orPattern() {
        int start = tok().start;
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(start, lastEnd(), List.copyOf(alts));
    }

    private Pattern closedPattern() {
        enter();
        try {
            Token t = tok();
            int start = t.start;
            switch (t.kind) {
                case NUMBER, MINUS -> {
                    Expr v = numberLiteral();
                    return new Pattern.MatchValue(start, lastEnd(), v);
                }
                case STRING, FSTRING_START -> {
                    Expr v = strings();
                    return new Pattern.MatchValue(start, lastEnd(), v);
                }
                case NONE -> {
                    pos++;
                    return new Pattern.MatchSingleton(start, t.end, ConstantSingleton.NONE);
                }
                case TRUE -> {
                    pos++;
                    return new Pattern.MatchSingleton(start, t.end, Boolean.TRUE);
                }
                case FALSE -> {
                    pos++;
                    return new Pattern.MatchSingleton(start, t.end, Boolean.FALSE);
                }
                case NAME -> {
                    return namePattern(t);
                }
                case LPAR -> {
                    return parenPattern();
                }
                case LSQB -> {
                    pos++;
                    List<Pattern> items = at(RSQB) ? List.of() : maybeSequencePattern(RSQB);
                    expect(RSQB);
                    return new Pattern.MatchSequence(start, lastEnd(), items);
                }
                case LBRACE -> {
                    return mappingPattern();
                }
                default -> throw fail();
            }
        } finally {
            leave();
        }
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
    private List<Pattern> maybeSequencePattern(TokenKind closing) {
        List<Pattern> items = new ArrayList<>();
        items.add(maybeStarPattern());
        while (accept(COMMA)) {
            if (at(closing)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return List.copyOf(items);
    }

    /** '(' pattern ')' (a group) or '(' [open_sequence_pattern] ')' (a sequence). */
    private Pattern parenPattern() {
        int start = advance().start;
        if (at(RPAR)) {
            return new Pattern.MatchSequence(start, advance().end, List.of());
        }
        Pattern first = maybeStarPattern();
        if (at(COMMA)) {
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (accept(COMMA)) {
                if (at(RPAR)) {
                    break;
                }
                items.add(maybeStarPattern());
            }
            expect(RPAR);
            return new Pattern.MatchSequence(start, lastEnd(), List.copyOf(items));
        }
        if (first instanceof Pattern.MatchStar) {
            throw fail();
        }
        expect(RPAR);
        return first;
    }

    /** Capture, wildcard, value (dotted name) or class pattern starting with a NAME. */
    private Pattern namePattern(Token t) {
        int start = t.start;
        TokenKind next = kindAt(1);
        if (next == DOT || next == LPAR) {
            Expr cls = nameOrAttr();
            if (at(LPAR)) {
                return classPattern(start, cls);
            }
            TokenKind k = kind();
            if (k == DOT || k == EQUAL) {
                throw fail();
            }
            return new Pattern.MatchValue(start, lastEnd(), cls);
        }
        pos++;
        if (t.text.equals("_")) {
            return new Pattern.MatchAs(start, t.end, null, null);
        }
        if (next == EQUAL) {
            throw fail();
        }
        return new Pattern.MatchAs(start, t.end, null, t.text);
    }

    /** name_or_attr: NAME ('.' NAME)* */
    private Expr nameOrAttr() {
        Token n = expect(NAME);
        Expr e = new Expr.Name(n.start, n.end, n.text, ExprContext.LOAD);
        while (at(DOT)) {
            pos++;
            Token a = expect(NAME);
            e = new Expr.Attribute(n.start, a.end, e, a.text, ExprContext.LOAD);
        }
        return e;
    }

    /** class_pattern: name_or_attr '(' [positional patterns] [keyword patterns] ')' */
    private Pattern classPattern(int start, Expr cls) {
        int open = pos;
        pos++;
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        try {
            while (!at(RPAR)) {
                if (at(NAME) && kindAt(1) == EQUAL) {
                    Token n = advance();
                    pos++;
                    kwdAttrs.add(n.text);
                    kwdPatterns.add(pattern());
                } else {
                    if (!kwdAttrs.isEmpty()) {
                        throw fail();
                    }
                    positional.add(pattern());
                }
                if (!accept(COMMA)) {
                    break;
                }
            }
            expect(RPAR);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = open + 1;
                invalidClassPattern();
            }
            throw f;
        }
        return new Pattern.MatchClass(start, lastEnd(), cls, List.copyOf(positional), List.copyOf(kwdAttrs), List.copyOf(kwdPatterns));
    }

    /** invalid_class_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns */
    private void invalidClassPattern() {
        int save = pos;
        try {
            boolean sawKeyword = false;
            List<Pattern> trailing = new ArrayList<>();
            while (true) {
                if (at(NAME) && kindAt(1) == EQUAL) {
                    if (!trailing.isEmpty()) {
                        break;
                    }
                    pos += 2;
                    pattern();
                    sawKeyword = true;
                } else {
                    int before = pos;
                    try {
                        Pattern pt = pattern();
                        if (sawKeyword) {
                            trailing.add(pt);
                        }
                    } catch (ParseFailure f) {
                        pos = before;
                        break;
                    }
                }
                if (!at(COMMA) || (kindAt(1) == NAME && kindAt(2) == EQUAL && !trailing.isEmpty())) {
                    break;
                }
                pos++;
            }
            if (!trailing.isEmpty()) {
                Pattern first = trailing.get(0);
                Pattern last = trailing.get(trailing.size() - 1);
                throw errors.range("positional patterns follow keyword patterns", first.start(), last.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }

    /** mapping_pattern: '{' [items] [',' '**' NAME] [','] '}' */
    private Pattern mappingPattern() {
        int start = advance().start;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                pos++;
                Token n = tok();
                if (n.kind != NAME || n.text.equals("_")) {
                    throw fail();
                }
                pos++;
                TokenKind k = kind();
                if (k == DOT || k == LPAR || k == EQUAL) {
                    throw fail();
                }
                rest = n.text;
                accept(COMMA);
                break;
            }
            keys.add(mappingKey());
            expect(COLON);
            values.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Pattern.MatchMapping(start, lastEnd(), List.copyOf(keys), List.copyOf(values), rest);
    }

    /** A mapping pattern key: literal_expr | attr */
    private Expr mappingKey() {
        Token t = tok();
        switch (t.kind) {
            case NUMBER, MINUS -> {
                return numberLiteral();
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case NONE -> {
                pos++;
                return new Expr.Constant(t.start, t.end, ConstantSingleton.NONE, null);
            }
            case TRUE -> {
                pos++;
                return new Expr.Constant(t.start, t.end, Boolean.TRUE, null);
            }
            case FALSE -> {
                pos++;
                return new Expr.Constant(t.start, t.end, Boolean.FALSE, null);
            }
            case NAME -> {
                if (kindAt(1) != DOT) {
                    throw fail();
                }
                return nameOrAttr();
            }
            default -> throw fail();
        }
    }

    /**
     * signed_number !('+' | '-') | complex_number: a number, a negated number, or a real and an
     * imaginary number joined by '+' or '-'.
     */
    private Expr numberLiteral() {
        int start = tok().start;
        Expr real;
        if (at(MINUS)) {
            pos++;
            Token n = expect(NUMBER);
            real = new Expr.UnaryOp(start, n.end, UnaryOperator.USUB, new Expr.Constant(n.start, n.end, NumberLiteral.value(n.text), null));
        } else {
            Token n = expect(NUMBER);
            real = new Expr.Constant(n.start, n.end, NumberLiteral.value(n.text), null);
        }
        if (!at(PLUS) && !at(MINUS)) {
            return real;
        }
        Expr.Constant realValue = real instanceof Expr.UnaryOp u ? (Expr.Constant) u.operand() : (Expr.Constant) real;
        if (realValue.value() instanceof ImaginaryConstant) {
            throw errors.range("real number required in complex literal", realValue.start(), realValue.end());
        }
        Operator op = advance().kind == PLUS ? Operator.ADD : Operator.SUB;
        Token n = expect(NUMBER);
        Object v = NumberLiteral.value(n.text);
        Expr.Constant imag = new Expr.Constant(n.start, n.end, v, null);
        if (!(v instanceof ImaginaryConstant)) {
            throw errors.range("imaginary number required in complex literal", n.start, n.end);
        }
        return new Expr.BinOp(start, n.end, real, op, imag);
    }
}
