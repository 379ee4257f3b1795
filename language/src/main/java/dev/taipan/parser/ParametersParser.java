package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DOUBLESTAR;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.LSQB;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.RSQB;
import static dev.taipan.parser.TokenKind.SLASH;
import static dev.taipan.parser.TokenKind.STAR;

import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.TypeParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda} (positional-only '/', keyword-only after '*',
 * defaults, annotations, {@code *args: *Ts}) and PEP 695 type parameter lists.
 */
abstract class ParametersParser extends TargetParser {

    ParametersParser(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        super(source, errors, tokens, tokenizer, mode);
    }

    @Override
    final Arguments lambdaParameters() {
        return parameters(true);
    }

    /** params of a def, up to (not including) ')'. */
    final Arguments functionParameters() {
        if (at(RPAR)) {
            return Arguments.EMPTY;
        }
        return parameters(false);
    }

    /**
     * One parameter list, ending before ')' (def) or ':' (lambda). The grammar's many
     * alternatives amount to: positional parameters (defaults, once started, continue), an
     * optional '/', then '*' [vararg] keyword-only parameters, then '**' kwarg, each followed by a
     * comma or the closing token.
     */
    private Arguments parameters(boolean lambda) {
        int startPos = pos;
        if (callInvalidRules) {
            InvalidParameters.check(this, lambda);
        }
        TokenKind closing = lambda ? COLON : RPAR;
        List<Arg> posonly = List.of();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        // 0: positional, 1: after '*', 2: after '**'
        int state = 0;
        boolean sawSlash = false;
        while (true) {
            Token t = tok();
            if (t.kind == NAME) {
                if (state == 2) {
                    throw fail();
                }
                Arg a = param(lambda, false);
                Expr dflt = null;
                if (at(EQUAL)) {
                    dflt = defaultValue();
                }
                if (state == 0) {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw fail();
                    }
                    args.add(a);
                } else {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                }
            } else if (t.kind == SLASH) {
                if (state != 0 || sawSlash || args.isEmpty()) {
                    throw fail();
                }
                pos++;
                posonly = List.copyOf(args);
                args.clear();
                sawSlash = true;
            } else if (t.kind == STAR) {
                if (state != 0) {
                    throw fail();
                }
                if (callInvalidRules) {
                    InvalidParameters.checkStarEtc(this, lambda);
                }
                pos++;
                state = 1;
                if (at(COMMA)) {
                    // a bare '*' must be followed by keyword-only parameters
                    if (kindAt(1) != NAME) {
                        throw fail();
                    }
                } else {
                    vararg = param(lambda, true);
                    if (at(EQUAL)) {
                        throw fail();
                    }
                }
            } else if (t.kind == DOUBLESTAR) {
                if (state == 2) {
                    throw fail();
                }
                if (callInvalidRules) {
                    InvalidParameters.checkKwds(this, lambda);
                }
                pos++;
                kwarg = param(lambda, false);
                if (at(EQUAL)) {
                    throw fail();
                }
                state = 2;
            } else {
                throw fail();
            }
            if (!accept(COMMA)) {
                if (!at(closing)) {
                    throw fail();
                }
                break;
            }
            if (at(closing)) {
                break;
            }
        }
        if (startPos == pos) {
            throw fail();
        }
        return new Arguments(posonly, List.copyOf(args), vararg, List.copyOf(kwonly), nullableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    /** An immutable list that may hold nulls (List.copyOf rejects them). */
    static <T> List<T> nullableList(List<T> l) {
        if (l.isEmpty()) {
            return List.of();
        }
        return Collections.unmodifiableList(new ArrayList<>(l));
    }

    /** param: NAME [annotation]; lambda parameters have no annotation; '*args' may have a starred one. */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token n = expect(NAME);
        Expr annotation = null;
        if (!lambda && at(COLON)) {
            pos++;
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(n.start, lastEnd(), n.text, annotation);
    }

    /** default: '=' expression | invalid_default */
    private Expr defaultValue() {
        Token eq = advance();
        if (callInvalidRules) {
            TokenKind k = kind();
            if (k == RPAR || k == COMMA) {
                throw errorAtToken("expected default value expression", eq);
            }
        }
        return expression();
    }

    // ---- type parameters (PEP 695) ----

    /** type_params: '[' ','.type_param+ [','] ']' ; null (position unchanged) when there are none or they do not parse. */
    final List<TypeParam> typeParams() {
        if (!at(LSQB)) {
            return List.of();
        }
        int save = pos;
        try {
            pos++;
            List<TypeParam> params = new ArrayList<>();
            params.add(typeParam());
            while (accept(COMMA)) {
                if (at(RSQB)) {
                    break;
                }
                params.add(typeParam());
            }
            expect(RSQB);
            return List.copyOf(params);
        } catch (ParseFailure f) {
            pos = save;
            return null;
        }
    }

    /** type_param: NAME [':' expression] | '*' NAME | '**' NAME */
    private TypeParam typeParam() {
        Token t = tok();
        if (t.kind == NAME) {
            pos++;
            Expr bound = null;
            if (accept(COLON)) {
                bound = expression();
            }
            return new TypeParam.TypeVar(t.start, lastEnd(), t.text, bound);
        }
        if (t.kind == STAR || t.kind == DOUBLESTAR) {
            pos++;
            Token n = expect(NAME);
            if (at(COLON)) {
                int save = pos;
                Token colon = advance();
                try {
                    Expr e = expression();
                    String what = t.kind == STAR ? "TypeVarTuple" : "ParamSpec";
                    String msg = e instanceof Expr.Tuple ? "cannot use constraints with " + what : "cannot use bound with " + what;
                    throw errorStartingFrom(msg, colon.start);
                } catch (ParseFailure f) {
                    pos = save;
                }
            }
            return t.kind == STAR ? new TypeParam.TypeVarTuple(t.start, n.end, n.text) : new TypeParam.ParamSpec(t.start, n.end, n.text);
        }
        throw fail();
    }
}
