package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.AMPER;
import static dev.taipan.parser.TokenKind.ASYNC;
import static dev.taipan.parser.TokenKind.AWAIT;
import static dev.taipan.parser.TokenKind.CIRCUMFLEX;
import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COLONEQUAL;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DOT;
import static dev.taipan.parser.TokenKind.DOUBLESTAR;
import static dev.taipan.parser.TokenKind.ELSE;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.FOR;
import static dev.taipan.parser.TokenKind.FROM;
import static dev.taipan.parser.TokenKind.IF;
import static dev.taipan.parser.TokenKind.IN;
import static dev.taipan.parser.TokenKind.LAMBDA;
import static dev.taipan.parser.TokenKind.LBRACE;
import static dev.taipan.parser.TokenKind.LPAR;
import static dev.taipan.parser.TokenKind.LSQB;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.NOT;
import static dev.taipan.parser.TokenKind.RBRACE;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.RSQB;
import static dev.taipan.parser.TokenKind.STAR;
import static dev.taipan.parser.TokenKind.YIELD;

import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.BoolOperator;
import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.Keyword;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions: recursive descent following CPython's grammar rule by rule (so that nodes get the
 * same extents and errors the same positions), with precedence climbing for the binary
 * operators. Node extents are CPython's: from the first token of the rule to the last token it
 * consumed, so {@code (a) + b} starts at the parenthesis.
 */
abstract class ExpressionParser extends ParserBase {

    ExpressionParser(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        super(source, errors, tokens, tokenizer, mode);
    }

    /** lambda_params; the parameter layer implements it. */
    abstract Arguments lambdaParameters();

    /** Comprehension and for-loop targets; the target layer implements it. */
    abstract Expr starTargets();

    // ---- memoisation for the error pass (where invalid rules re-parse a lot) ----
    // Like CPython's, the memo does not record whether the invalid rules were on when an entry was
    // made, so a result parsed inside expression_without_invalid is reused later; some of
    // CPython's messages depend on that.

    private static final Object FAILED = new Object();

    private static final class Memo {
        final Object node;
        final int end;

        Memo(Object node, int end) {
            this.node = node;
            this.end = end;
        }
    }

    private Memo[] memoExpression;
    private Memo[] memoDisjunction;
    private Memo[] memoBitwiseOr;
    private Memo[] memoStarExpressions;

    private Memo[] memoTable(Memo[] table) {
        return table != null ? table : new Memo[tokens.length + 1];
    }

    // ---- first sets ----

    static boolean startsExpression(TokenKind k) {
        return switch (k) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, AWAIT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS -> true;
            default -> false;
        };
    }

    static boolean startsStarExpression(TokenKind k) {
        return k == STAR || startsExpression(k);
    }

    // ---- expressions, star_expressions, named_expression ----

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions() {
        int start = tok().start;
        Expr a = expression();
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            if (!startsExpression(kind())) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
    }

    /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
    final Expr expression() {
        if (errorPass) {
            int start = pos;
            memoExpression = memoTable(memoExpression);
            Memo m = memoExpression[start];
            if (m != null) {
                if (m.node == FAILED) {
                    throw fail();
                }
                pos = m.end;
                return (Expr) m.node;
            }
            try {
                if (callInvalidRules) {
                    invalidExpression();
                    invalidLegacyExpression();
                }
                Expr e = expressionBody();
                memoExpression[start] = new Memo(e, pos);
                return e;
            } catch (ParseFailure f) {
                memoExpression[start] = new Memo(FAILED, start);
                throw f;
            }
        }
        return expressionBody();
    }

    private Expr expressionBody() {
        enter();
        try {
            if (kind() == LAMBDA) {
                return lambdef();
            }
            int start = tok().start;
            Expr a = disjunction();
            if (kind() != IF) {
                return a;
            }
            int save = pos;
            try {
                pos++;
                Expr b = disjunction();
                if (accept(ELSE)) {
                    Expr c = expression();
                    return new Expr.IfExp(start, lastEnd(), b, a, c);
                }
            } catch (ParseFailure f) {
                // PEG: the conditional alternative fails and plain 'disjunction' matches
            }
            pos = save;
            return a;
        } finally {
            leave();
        }
    }

    /** CPython's expression_without_invalid: an expression parsed with the invalid rules off. */
    final Expr expressionWithoutInvalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            return expressionBody();
        } finally {
            callInvalidRules = saved;
        }
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    final Expr starExpressions() {
        if (errorPass) {
            int start = pos;
            memoStarExpressions = memoTable(memoStarExpressions);
            Memo m = memoStarExpressions[start];
            if (m != null) {
                if (m.node == FAILED) {
                    throw fail();
                }
                pos = m.end;
                return (Expr) m.node;
            }
            try {
                Expr e = starExpressionsBody();
                memoStarExpressions[start] = new Memo(e, pos);
                return e;
            } catch (ParseFailure f) {
                memoStarExpressions[start] = new Memo(FAILED, start);
                throw f;
            }
        }
        return starExpressionsBody();
    }

    private Expr starExpressionsBody() {
        int start = tok().start;
        Expr a = starExpression();
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            if (!startsStarExpression(kind())) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
    }

    /** star_expression: '*' bitwise_or | expression */
    final Expr starExpression() {
        if (at(STAR)) {
            int start = advance().start;
            Expr v = bitwiseOr();
            return new Expr.Starred(start, lastEnd(), v, ExprContext.LOAD);
        }
        return expression();
    }

    /** star_named_expressions: ','.star_named_expression+ [','] (the caller checks for the closing bracket). */
    final List<Expr> starNamedExpressions(TokenKind closing) {
        List<Expr> elts = new ArrayList<>();
        elts.add(starNamedExpression());
        while (accept(COMMA)) {
            if (at(closing) || !startsStarExpression(kind())) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return elts;
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    final Expr starNamedExpression() {
        if (at(STAR)) {
            int start = advance().start;
            Expr v = bitwiseOr();
            return new Expr.Starred(start, lastEnd(), v, ExprContext.LOAD);
        }
        return namedExpression();
    }

    /** Whether the tokens at pos are {@code NAME ':='}. */
    final boolean atAssignmentExpression() {
        return kind() == NAME && kindAt(1) == COLONEQUAL;
    }

    /** assignment_expression: NAME ':=' ~ expression */
    final Expr assignmentExpression() {
        Token n = advance();
        pos++;
        Expr value = expression();
        return new Expr.NamedExpr(n.start, lastEnd(), new Expr.Name(n.start, n.end, n.text, ExprContext.STORE), value);
    }

    /** named_expression: assignment_expression | expression !':=' */
    final Expr namedExpression() {
        if (atAssignmentExpression()) {
            return assignmentExpression();
        }
        if (callInvalidRules) {
            invalidNamedExpression();
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw fail();
        }
        return e;
    }

    /** (assignment_expression | expression !':='): an argument, genexp element, or slice. */
    final Expr namedExpressionNoInvalid() {
        if (atAssignmentExpression()) {
            return assignmentExpression();
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw fail();
        }
        return e;
    }

    // ---- boolean operators and comparisons ----

    /** disjunction: conjunction ('or' conjunction)* */
    final Expr disjunction() {
        if (errorPass) {
            int start = pos;
            memoDisjunction = memoTable(memoDisjunction);
            Memo m = memoDisjunction[start];
            if (m != null) {
                if (m.node == FAILED) {
                    throw fail();
                }
                pos = m.end;
                return (Expr) m.node;
            }
            try {
                Expr e = disjunctionBody();
                memoDisjunction[start] = new Memo(e, pos);
                return e;
            } catch (ParseFailure f) {
                memoDisjunction[start] = new Memo(FAILED, start);
                throw f;
            }
        }
        return disjunctionBody();
    }

    private Expr disjunctionBody() {
        int start = tok().start;
        Expr a = conjunction();
        if (kind() != TokenKind.OR) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(TokenKind.OR)) {
            int save = pos;
            pos++;
            try {
                values.add(conjunction());
            } catch (ParseFailure f) {
                // PEG: the repetition stops before the 'or' that has no operand
                pos = save;
                break;
            }
        }
        if (values.size() == 1) {
            return a;
        }
        return new Expr.BoolOp(start, lastEnd(), BoolOperator.OR, List.copyOf(values));
    }

    private Expr conjunction() {
        int start = tok().start;
        Expr a = inversion();
        if (kind() != TokenKind.AND) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(TokenKind.AND)) {
            int save = pos;
            pos++;
            try {
                values.add(inversion());
            } catch (ParseFailure f) {
                pos = save;
                break;
            }
        }
        if (values.size() == 1) {
            return a;
        }
        return new Expr.BoolOp(start, lastEnd(), BoolOperator.AND, List.copyOf(values));
    }

    private Expr inversion() {
        if (at(NOT)) {
            int start = advance().start;
            enter();
            try {
                Expr operand = inversion();
                return new Expr.UnaryOp(start, lastEnd(), UnaryOperator.NOT, operand);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private CmpOperator comparisonOperator() {
        Token t = tok();
        switch (t.kind) {
            case EQEQUAL:
                return CmpOperator.EQ;
            case NOTEQUAL:
                // '<>' is only the inequality operator under "from __future__ import barry_as_FLUFL"
                return source.charAt(t.start) == '!' ? CmpOperator.NOTEQ : null;
            case LESSEQUAL:
                return CmpOperator.LTE;
            case LESS:
                return CmpOperator.LT;
            case GREATEREQUAL:
                return CmpOperator.GTE;
            case GREATER:
                return CmpOperator.GT;
            case IN:
                return CmpOperator.IN;
            case NOT:
                return kindAt(1) == IN ? CmpOperator.NOTIN : null;
            case IS:
                return kindAt(1) == NOT ? CmpOperator.ISNOT : CmpOperator.IS;
            default:
                return null;
        }
    }

    private Expr comparison() {
        int start = tok().start;
        Expr a = bitwiseOr();
        CmpOperator op = comparisonOperator();
        if (op == null) {
            return a;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            int save = pos;
            pos += (op == CmpOperator.NOTIN || op == CmpOperator.ISNOT) ? 2 : 1;
            try {
                comparators.add(bitwiseOr());
            } catch (ParseFailure f) {
                pos = save;
                break;
            }
            ops.add(op);
            op = comparisonOperator();
        }
        if (ops.isEmpty()) {
            return a;
        }
        return new Expr.Compare(start, lastEnd(), a, List.copyOf(ops), List.copyOf(comparators));
    }

    // ---- binary operators: precedence climbing ----

    private static int precedence(TokenKind k) {
        return switch (k) {
            case VBAR -> 1;
            case CIRCUMFLEX -> 2;
            case AMPER -> 3;
            case LEFTSHIFT, RIGHTSHIFT -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, DOUBLESLASH, PERCENT, AT -> 6;
            default -> 0;
        };
    }

    private static Operator binaryOperator(TokenKind k) {
        return switch (k) {
            case VBAR -> Operator.BITOR;
            case CIRCUMFLEX -> Operator.BITXOR;
            case AMPER -> Operator.BITAND;
            case LEFTSHIFT -> Operator.LSHIFT;
            case RIGHTSHIFT -> Operator.RSHIFT;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MULT;
            case SLASH -> Operator.DIV;
            case DOUBLESLASH -> Operator.FLOORDIV;
            case PERCENT -> Operator.MOD;
            case AT -> Operator.MATMULT;
            default -> throw new IllegalStateException();
        };
    }

    /** bitwise_or and everything below it down to factor. */
    final Expr bitwiseOr() {
        if (errorPass) {
            int start = pos;
            memoBitwiseOr = memoTable(memoBitwiseOr);
            Memo m = memoBitwiseOr[start];
            if (m != null) {
                if (m.node == FAILED) {
                    throw fail();
                }
                pos = m.end;
                return (Expr) m.node;
            }
            try {
                Expr e = binary(tok().start, factor(), 1);
                memoBitwiseOr[start] = new Memo(e, pos);
                return e;
            } catch (ParseFailure f) {
                memoBitwiseOr[start] = new Memo(FAILED, start);
                throw f;
            }
        }
        return binary(tok().start, factor(), 1);
    }

    /** Binary operators of precedence at least {@code minPrec}, left-associative. */
    private Expr binary(int start, Expr left, int minPrec) {
        while (true) {
            int prec = precedence(kind());
            if (prec < minPrec || prec == 0) {
                return left;
            }
            int save = pos;
            Operator op = binaryOperator(advance().kind);
            int rightStart = tok().start;
            Expr right;
            try {
                right = factor();
            } catch (ParseFailure f) {
                // PEG: the left-recursive rule keeps what it has and stops before the operator
                pos = save;
                return left;
            }
            int next = precedence(kind());
            while (next > prec) {
                right = binary(rightStart, right, next);
                next = precedence(kind());
            }
            left = new Expr.BinOp(start, lastEnd(), left, op, right);
        }
    }

    /** factor: ('+' | '-' | '~') factor | power */
    final Expr factor() {
        TokenKind k = kind();
        UnaryOperator op = switch (k) {
            case PLUS -> UnaryOperator.UADD;
            case MINUS -> UnaryOperator.USUB;
            case TILDE -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        int start = advance().start;
        enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(start, lastEnd(), op, operand);
        } finally {
            leave();
        }
    }

    /** power: await_primary ['**' factor] */
    private Expr power() {
        int start = tok().start;
        Expr a = awaitPrimary();
        if (at(DOUBLESTAR)) {
            int save = pos;
            pos++;
            try {
                Expr b = factor();
                return new Expr.BinOp(start, lastEnd(), a, Operator.POW, b);
            } catch (ParseFailure f) {
                pos = save;
            }
        }
        return a;
    }

    /** await_primary: AWAIT primary | primary */
    private Expr awaitPrimary() {
        if (at(AWAIT)) {
            int start = advance().start;
            Expr v = primary();
            return new Expr.Await(start, lastEnd(), v);
        }
        return primary();
    }

    // ---- primaries ----

    /** primary: atom followed by any number of '.' NAME, call, or subscript. */
    final Expr primary() {
        int start = tok().start;
        Expr e = atom();
        return trailers(start, e);
    }

    final Expr trailers(int start, Expr e) {
        while (true) {
            int save = pos;
            if (callInvalidRules) {
                // CPython tries "primary genexp" (whose invalid_comprehension looks into any
                // bracket after a primary) before the other trailers
                TokenKind k = kind();
                if (k == LSQB || k == LBRACE) {
                    invalidComprehensionAt(pos);
                }
            }
            try {
                switch (kind()) {
                    case DOT -> {
                        pos++;
                        Token n = expect(NAME);
                        e = new Expr.Attribute(start, n.end, e, n.text, ExprContext.LOAD);
                    }
                    case LPAR -> e = callArguments(start, e);
                    case LSQB -> {
                        pos++;
                        Expr s = slices();
                        expect(RSQB);
                        e = new Expr.Subscript(start, lastEnd(), e, s, ExprContext.LOAD);
                    }
                    default -> {
                        return e;
                    }
                }
            } catch (ParseFailure f) {
                // PEG: the left-recursive primary keeps what it has parsed so far
                pos = save;
                return e;
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    final Expr slices() {
        int start = tok().start;
        boolean starred = at(STAR);
        Expr first = starred ? starredExpression() : slice();
        if (!at(COMMA)) {
            if (starred) {
                return new Expr.Tuple(start, lastEnd(), List.of(first), ExprContext.LOAD);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB) || !(at(COLON) || startsStarExpression(kind()))) {
                break;
            }
            elts.add(at(STAR) ? starredExpression() : slice());
        }
        return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        int start = tok().start;
        Expr lower = null;
        if (!at(COLON)) {
            boolean walrus = atAssignmentExpression();
            lower = walrus ? assignmentExpression() : expression();
            if (!at(COLON)) {
                if (!walrus && at(COLONEQUAL)) {
                    throw fail();
                }
                return lower;
            }
            if (walrus) {
                throw fail();
            }
        }
        pos++;
        Expr upper = startsExpression(kind()) ? expression() : null;
        Expr step = null;
        if (accept(COLON)) {
            step = startsExpression(kind()) ? expression() : null;
        }
        return new Expr.Slice(start, lastEnd(), lower, upper, step);
    }

    /** starred_expression: invalid_starred_expression | '*' expression */
    final Expr starredExpression() {
        if (callInvalidRules) {
            invalidStarredExpression();
        }
        int start = expect(STAR).start;
        Expr v = expression();
        return new Expr.Starred(start, lastEnd(), v, ExprContext.LOAD);
    }

    // ---- calls ----

    /** A call's argument list: primary genexp | primary '(' [arguments] ')'. */
    final Expr callArguments(int start, Expr func) {
        return callArguments(start, func, true);
    }

    /** The arguments of a call or of a class definition (which takes no bare generator expression). */
    final Expr callArguments(int start, Expr func, boolean allowGenexp) {
        int open = pos;
        pos++;
        if (accept(RPAR)) {
            return new Expr.Call(start, lastEnd(), func, List.of(), List.of());
        }
        try {
            List<Expr> args = new ArrayList<>();
            List<Keyword> keywords = new ArrayList<>();
            boolean sawKeyword = false;
            boolean sawDoubleStar = false;
            boolean first = true;
            while (true) {
                Token t = tok();
                if (t.kind == STAR) {
                    if (sawDoubleStar) {
                        throw fail();
                    }
                    args.add(starredExpression());
                } else if (t.kind == DOUBLESTAR) {
                    if (callInvalidRules) {
                        invalidKwargRule();
                    }
                    pos++;
                    Expr v = expression();
                    keywords.add(new Keyword(t.start, lastEnd(), null, v));
                    sawDoubleStar = true;
                } else if (t.kind == NAME && kindAt(1) == EQUAL) {
                    if (callInvalidRules) {
                        invalidKwargRule();
                    }
                    pos += 2;
                    Expr v = expression();
                    keywords.add(new Keyword(t.start, lastEnd(), t.text, v));
                    sawKeyword = true;
                } else {
                    if (sawKeyword || sawDoubleStar) {
                        // CPython's kwargs rule stops here without parsing the argument
                        if (callInvalidRules) {
                            invalidKwargRule();
                        }
                        throw fail();
                    }
                    Expr e = namedExpressionNoInvalid();
                    if (allowGenexp && first && (at(FOR) || (at(ASYNC) && kindAt(1) == FOR))) {
                        // primary genexp: the parenthesised generator is the only argument
                        List<Comprehension> gens = forIfClauses();
                        Token close = expect(RPAR);
                        Token openTok = tokens[open];
                        Expr gen = new Expr.GeneratorExp(openTok.start, close.end, e, gens);
                        return new Expr.Call(start, close.end, func, List.of(gen), List.of());
                    }
                    if (at(EQUAL) || sawKeyword || sawDoubleStar) {
                        throw fail();
                    }
                    args.add(e);
                }
                first = false;
                if (!accept(COMMA) || at(RPAR)) {
                    break;
                }
            }
            expect(RPAR);
            return new Expr.Call(start, lastEnd(), func, List.copyOf(args), List.copyOf(keywords));
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = open + 1;
                invalidArguments();
                pos = open + 1;
                invalidComprehensionAt(open);
            }
            throw f;
        }
    }

    // ---- atoms ----

    final Expr atom() {
        Token t = tok();
        switch (t.kind) {
            case NAME:
                pos++;
                return new Expr.Name(t.start, t.end, t.text, ExprContext.LOAD);
            case TRUE:
                pos++;
                return new Expr.Constant(t.start, t.end, Boolean.TRUE, null);
            case FALSE:
                pos++;
                return new Expr.Constant(t.start, t.end, Boolean.FALSE, null);
            case NONE:
                pos++;
                return new Expr.Constant(t.start, t.end, ConstantSingleton.NONE, null);
            case ELLIPSIS:
                pos++;
                return new Expr.Constant(t.start, t.end, ConstantSingleton.ELLIPSIS, null);
            case NUMBER:
                pos++;
                return new Expr.Constant(t.start, t.end, NumberLiteral.value(t.text), null);
            case STRING:
            case FSTRING_START:
                return strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return braceDisplay();
            default:
                throw fail();
        }
    }

    /** strings: (fstring | string)+ */
    final Expr strings() {
        if (stringParser == null) {
            stringParser = new StringParser(this);
        }
        return stringParser.strings();
    }

    private StringParser stringParser;

    /** '(' ... ')': tuple | group | genexp. */
    private Expr parenthesized() {
        int open = pos;
        int start = advance().start;
        enter();
        try {
            if (at(RPAR)) {
                return new Expr.Tuple(start, advance().end, List.of(), ExprContext.LOAD);
            }
            if (at(YIELD)) {
                Expr y = yieldExpr();
                if (!at(RPAR) && callInvalidRules) {
                    pos = open;
                    invalidGroup();
                }
                expect(RPAR);
                return y;
            }
            Expr first;
            try {
                first = starNamedExpression();
            } catch (ParseFailure f) {
                if (callInvalidRules) {
                    pos = open;
                    invalidGroup();
                    pos = open;
                    invalidComprehensionAt(open);
                }
                throw f;
            }
            if (at(COMMA)) {
                pos++;
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                if (!at(RPAR)) {
                    elts.addAll(starNamedExpressions(RPAR));
                }
                if (!at(RPAR) && callInvalidRules) {
                    pos = open;
                    invalidComprehensionAt(open);
                }
                expect(RPAR);
                return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
            }
            if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                if (first instanceof Expr.Starred) {
                    if (callInvalidRules) {
                        pos = open;
                        invalidComprehensionAt(open);
                    }
                    throw fail();
                }
                List<Comprehension> gens = forIfClauses();
                expect(RPAR);
                return new Expr.GeneratorExp(start, lastEnd(), first, gens);
            }
            if (!at(RPAR)) {
                if (callInvalidRules) {
                    pos = open;
                    invalidGroup();
                }
                throw fail();
            }
            if (first instanceof Expr.Starred) {
                if (callInvalidRules) {
                    pos = open;
                    invalidGroup();
                }
                throw fail();
            }
            pos++;
            return first;
        } finally {
            leave();
        }
    }

    /** '[' ... ']': list | listcomp. */
    private Expr listDisplay() {
        int open = pos;
        try {
            return listDisplayBody(open);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = open;
                invalidComprehensionAt(open);
            }
            throw f;
        }
    }

    private Expr listDisplayBody(int open) {
        int start = advance().start;
        enter();
        try {
            if (at(RSQB)) {
                return new Expr.ListExpr(start, advance().end, List.of(), ExprContext.LOAD);
            }
            Expr first = starNamedExpression();
            if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                if (first instanceof Expr.Starred) {
                    throw fail();
                }
                List<Comprehension> gens = forIfClauses();
                expect(RSQB);
                return new Expr.ListComp(start, lastEnd(), first, gens);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            if (accept(COMMA) && !at(RSQB)) {
                elts.addAll(starNamedExpressions(RSQB));
            }
            expect(RSQB);
            return new Expr.ListExpr(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
        } finally {
            leave();
        }
    }

    /** '{' ... '}': dict | set | dictcomp | setcomp. */
    private Expr braceDisplay() {
        int open = pos;
        int start = advance().start;
        enter();
        try {
            if (at(RBRACE)) {
                return new Expr.Dict(start, advance().end, List.of(), List.of());
            }
            try {
                if (at(DOUBLESTAR)) {
                    return dictDisplay(start, null, null);
                }
                Expr first;
                if (at(STAR) || atAssignmentExpression()) {
                    first = starNamedExpression();
                } else {
                    if (callInvalidRules) {
                        invalidNamedExpression();
                    }
                    first = expression();
                    if (at(COLON)) {
                        pos++;
                        Expr value = expression();
                        if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                            List<Comprehension> gens = forIfClauses();
                            expect(RBRACE);
                            return new Expr.DictComp(start, lastEnd(), first, value, gens);
                        }
                        return dictDisplay(start, first, value);
                    }
                    if (at(COLONEQUAL)) {
                        throw fail();
                    }
                }
                if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                    if (first instanceof Expr.Starred) {
                        throw fail();
                    }
                    List<Comprehension> gens = forIfClauses();
                    expect(RBRACE);
                    return new Expr.SetComp(start, lastEnd(), first, gens);
                }
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                if (accept(COMMA) && !at(RBRACE)) {
                    elts.addAll(starNamedExpressions(RBRACE));
                }
                expect(RBRACE);
                return new Expr.Set(start, lastEnd(), List.copyOf(elts));
            } catch (ParseFailure f) {
                if (callInvalidRules) {
                    pos = open;
                    invalidBraceDisplay(open);
                }
                throw f;
            }
        } finally {
            leave();
        }
    }

    /** The rest of a dict display after an optional first key/value pair. */
    private Expr dictDisplay(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            more = accept(COMMA);
        }
        while (more && !at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                pos++;
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(COLON);
                values.add(expression());
            }
            more = accept(COMMA);
        }
        expect(RBRACE);
        return new Expr.Dict(start, lastEnd(), java.util.Collections.unmodifiableList(keys), List.copyOf(values));
    }

    // ---- comprehensions ----

    /** for_if_clauses: for_if_clause+ */
    final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        do {
            gens.add(forIfClause());
        } while (at(FOR) || (at(ASYNC) && kindAt(1) == FOR));
        return List.copyOf(gens);
    }

    /** for_if_clause: [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* */
    private Comprehension forIfClause() {
        int clauseStart = pos;
        boolean isAsync = accept(ASYNC);
        expect(FOR);
        Expr target;
        try {
            target = starTargets();
            expect(IN);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = clauseStart;
                invalidForTarget();
            }
            throw f;
        }
        Expr iter = disjunction();
        List<Expr> ifs = new ArrayList<>();
        while (accept(IF)) {
            ifs.add(disjunction());
        }
        return new Comprehension(target, iter, List.copyOf(ifs), isAsync);
    }

    // ---- yield and lambda ----

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    final Expr yieldExpr() {
        int start = expect(YIELD).start;
        if (accept(FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(start, lastEnd(), v);
        }
        Expr v = startsStarExpression(kind()) ? starExpressions() : null;
        return new Expr.Yield(start, lastEnd(), v);
    }

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    private Expr lambdef() {
        int start = advance().start;
        Arguments args = at(COLON) ? Arguments.EMPTY : lambdaParameters();
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(start, lastEnd(), args, body);
    }

    // ---- error pass: CPython's invalid_* rules for expressions ----

    /**
     * invalid_expression: a missing comma between two expressions inside brackets, and a
     * conditional expression without 'else'.
     */
    private void invalidExpression() {
        int save = pos;
        Token t0 = tok();
        boolean excluded = (t0.kind == NAME && kindAt(1) == TokenKind.STRING) || InvalidTargets.isSoftKeyword(t0);
        if (!excluded) {
            boolean matched = false;
            try {
                Expr a = disjunction();
                Expr b = expressionWithoutInvalid();
                matched = true;
                if (!InvalidTargets.isLegacyName(a) && tokens[pos - 1].level != 0) {
                    throw errors.range("invalid syntax. Perhaps you forgot a comma?", a.start(), b.end());
                }
            } catch (ParseFailure f) {
                // alternative does not match
            }
            pos = save;
            if (matched) {
                return;
            }
        }
        try {
            Expr a = disjunction();
            if (accept(IF)) {
                Expr b = disjunction();
                if (!at(ELSE) && !at(COLON)) {
                    throw errors.range("expected 'else' after 'if' expression", a.start(), b.end());
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
        // 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | fstring_replacement_field)
        if (at(LAMBDA)) {
            Token a = advance();
            try {
                if (!at(COLON)) {
                    lambdaParameters();
                }
                Token b = expect(COLON);
                if (at(TokenKind.FSTRING_MIDDLE)) {
                    throw errorRange("f-string: lambda expressions are not allowed without parentheses", a, b);
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
        }
    }

    /** invalid_legacy_expression: {@code print x} and {@code exec x}. */
    private void invalidLegacyExpression() {
        Token t = tok();
        if (t.kind != NAME || kindAt(1) == LPAR) {
            return;
        }
        int save = pos;
        try {
            pos++;
            Expr b = starExpressions();
            if (t.text.equals("print") || t.text.equals("exec")) {
                throw errors.range("Missing parentheses in call to '" + t.text + "'. Did you mean " + t.text + "(...)?", t.start, b.end());
            }
        } catch (ParseFailure f) {
            // not a legacy statement
        }
        pos = save;
    }

    /** invalid_named_expression: assignments where an expression is expected. */
    final void invalidNamedExpression() {
        int save = pos;
        try {
            Expr a = expression();
            if (accept(COLONEQUAL)) {
                expression();
                throw errors.range("cannot use assignment expressions with " + InvalidTargets.exprName(a), a.start(), a.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
        Token t = tok();
        if (t.kind == NAME && kindAt(1) == EQUAL) {
            try {
                pos += 2;
                Expr b = bitwiseOr();
                if (!at(EQUAL) && !at(COLONEQUAL)) {
                    throw errors.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t.start, b.end());
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
        }
        if (!startsWithListTupleGenexpOrSingleton()) {
            try {
                Expr a = bitwiseOr();
                if (accept(EQUAL)) {
                    bitwiseOr();
                    if (!at(EQUAL) && !at(COLONEQUAL)) {
                        throw errors.range("cannot assign to " + InvalidTargets.exprName(a) + " here. Maybe you meant '==' instead of '='?", a.start(),
                                        a.end());
                    }
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
        }
    }

    /** The lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} of invalid_named_expression. */
    private boolean startsWithListTupleGenexpOrSingleton() {
        TokenKind k = kind();
        if (k == TokenKind.TRUE || k == TokenKind.NONE || k == TokenKind.FALSE) {
            return true;
        }
        if (k != LSQB && k != LPAR) {
            return false;
        }
        int save = pos;
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            Expr e = atom();
            if (k == LSQB) {
                return e instanceof Expr.ListExpr;
            }
            return e instanceof Expr.Tuple && tokens[save].start == e.start() || e instanceof Expr.GeneratorExp;
        } catch (ParseFailure f) {
            return false;
        } finally {
            callInvalidRules = saved;
            pos = save;
        }
    }

    /** invalid_group: starred expressions in parentheses. */
    private void invalidGroup() {
        int save = pos;
        try {
            expect(LPAR);
            if (at(STAR)) {
                Expr a = starredExpression();
                if (at(RPAR)) {
                    throw errors.range("cannot use starred expression here", a.start(), a.end());
                }
            } else if (at(DOUBLESTAR)) {
                Token a = advance();
                expression();
                if (at(RPAR)) {
                    throw errorAtToken("cannot use double starred expression here", a);
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }

    /** invalid_comprehension, tried at an opening bracket. */
    final void invalidComprehensionAt(int open) {
        int save = pos;
        pos = open;
        TokenKind k = kind();
        try {
            if (k == LPAR || k == LSQB || k == LBRACE) {
                pos++;
                if (at(STAR)) {
                    Expr a = starredExpression();
                    forIfClauses();
                    throw errors.range("iterable unpacking cannot be used in comprehension", a.start(), a.end());
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
        if (k == LSQB || k == LBRACE) {
            try {
                pos = open + 1;
                Expr a = starNamedExpression();
                if (accept(COMMA)) {
                    Token comma = prev();
                    if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                        forIfClauses();
                        throw errors.range("did you forget parentheses around the comprehension target?", a.start(), comma.end);
                    }
                    List<Expr> b = starNamedExpressions(k == LSQB ? RSQB : RBRACE);
                    forIfClauses();
                    Expr last = b.get(b.size() - 1);
                    throw errors.range("did you forget parentheses around the comprehension target?", a.start(), last.end());
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
        }
    }

    /** The invalid rules of dict displays: invalid_dict_comprehension and invalid_double_starred_kvpairs. */
    private void invalidBraceDisplay(int open) {
        int save = pos;
        // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
        try {
            pos = open + 1;
            if (at(DOUBLESTAR)) {
                Token a = advance();
                bitwiseOr();
                forIfClauses();
                if (at(RBRACE)) {
                    throw errorAtToken("dict unpacking cannot be used in dict comprehension", a);
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
        invalidComprehensionAt(open);
        // '{' invalid_double_starred_kvpairs '}'
        try {
            pos = open + 1;
            invalidDoubleStarredKvpairs();
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }

    private void invalidDoubleStarredKvpairs() {
        int start = pos;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        try {
            int count = 0;
            while (true) {
                int itemStart = pos;
                try {
                    if (at(DOUBLESTAR)) {
                        pos++;
                        bitwiseOr();
                    } else {
                        expression();
                        expect(COLON);
                        expression();
                    }
                } catch (ParseFailure f) {
                    pos = itemStart;
                    break;
                }
                count++;
                if (!at(COMMA)) {
                    break;
                }
                pos++;
            }
            if (count > 0 && prev().kind == COMMA) {
                invalidKvpair();
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = start;
        try {
            expression();
            if (at(COLON)) {
                Token colon = advance();
                if (at(STAR)) {
                    Token a = advance();
                    bitwiseOr();
                    throw errorStartingFrom("cannot use a starred expression in a dictionary value", a.start);
                }
                if (at(RBRACE) || at(COMMA)) {
                    throw errorAtToken("expression expected after dictionary key and ':'", colon);
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = start;
    }

    private void invalidKvpair() {
        int start = pos;
        try {
            Expr a = expression();
            if (!at(COLON)) {
                int l = errors.line(a.start());
                int col = errors.columnIn(errors.line(a.end()), a.end());
                throw errors.parserError(SyntaxErrorException.Kind.SYNTAX_ERROR, "':' expected after dictionary key", l, col, errors.line(a.end()), 0);
            }
            Token colon = advance();
            if (at(STAR)) {
                Token a2 = advance();
                bitwiseOr();
                throw errorStartingFrom("cannot use a starred expression in a dictionary value", a2.start);
            }
            if (at(RBRACE) || at(COMMA)) {
                throw errorAtToken("expression expected after dictionary key and ':'", colon);
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = start;
    }

    /** invalid_starred_expression: '*' expression '=' expression */
    private void invalidStarredExpression() {
        int save = pos;
        try {
            Token a = expect(STAR);
            expression();
            if (accept(EQUAL)) {
                Expr b = expression();
                throw errors.range("cannot assign to iterable argument unpacking", a.start, b.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }

    /** invalid_kwarg, tried before each keyword argument (and where a positional one follows keywords). */
    final void invalidKwargRule() {
        int save = pos;
        Token a = tok();
        if (a.kind == DOUBLESTAR) {
            try {
                pos++;
                expression();
                if (accept(EQUAL)) {
                    Expr b = expression();
                    throw errors.range("cannot assign to keyword argument unpacking", a.start, b.end());
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
            return;
        }
        if ((a.kind == TokenKind.TRUE || a.kind == TokenKind.FALSE || a.kind == TokenKind.NONE) && kindAt(1) == EQUAL) {
            throw errorRange("cannot assign to " + a.kind.text, a, tokAt(1));
        }
        if (a.kind == NAME && kindAt(1) == EQUAL) {
            try {
                Token eq = tokAt(1);
                pos += 2;
                expression();
                if (at(FOR) || (at(ASYNC) && kindAt(1) == FOR)) {
                    forIfClauses();
                    throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, eq);
                }
            } catch (ParseFailure f) {
                // no match
            }
            pos = save;
            return;
        }
        try {
            Expr e = expression();
            if (at(EQUAL)) {
                Token eq = tok();
                throw errors.range("expression cannot contain assignment, perhaps you meant \"==\"?", e.start(), eq.end);
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }

    /** invalid_arguments, tried at the token after '(' when the argument list does not parse. */
    private void invalidArguments() {
        int start = pos;
        InvalidArguments.check(this, start);
        pos = start;
    }

    /** invalid_for_target: 'async'? 'for' star_expressions with an expression that cannot be assigned. */
    final void invalidForTarget() {
        int save = pos;
        try {
            accept(ASYNC);
            expect(FOR);
            Expr a = starExpressions();
            Expr bad = InvalidTargets.invalidTarget(a, InvalidTargets.Type.FOR);
            if (bad != null) {
                throw errors.range("cannot assign to " + InvalidTargets.exprName(bad), bad.start(), bad.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        pos = save;
    }
}
