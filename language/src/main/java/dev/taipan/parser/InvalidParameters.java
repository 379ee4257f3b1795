package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DOUBLESTAR;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.LPAR;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.SLASH;
import static dev.taipan.parser.TokenKind.STAR;

import dev.taipan.parser.ParserBase.ParseFailure;
import dev.taipan.parser.SyntaxErrorException.Kind;

/**
 * CPython's invalid_parameters, invalid_star_etc and invalid_kwds rules (and their lambda
 * variants), run in the error pass. They re-scan the parameter list with CPython's PEG
 * sub-rules (param_no_default, param_with_default, ...) to name the mistake.
 */
final class InvalidParameters {
    private final ParametersParser p;
    private final boolean lambda;

    private InvalidParameters(ParametersParser p, boolean lambda) {
        this.p = p;
        this.lambda = lambda;
    }

    static void check(ParametersParser p, boolean lambda) {
        int save = p.pos;
        new InvalidParameters(p, lambda).parameters();
        p.pos = save;
    }

    static void checkStarEtc(ParametersParser p, boolean lambda) {
        int save = p.pos;
        new InvalidParameters(p, lambda).starEtc();
        p.pos = save;
    }

    static void checkKwds(ParametersParser p, boolean lambda) {
        int save = p.pos;
        new InvalidParameters(p, lambda).kwds();
        p.pos = save;
    }

    private TokenKind closing() {
        return lambda ? COLON : RPAR;
    }

    // ---- CPython's parameter sub-rules; each restores the position when it does not match ----

    /** param: NAME annotation? (lambda_param: NAME). Returns the token range start or -1. */
    private boolean param() {
        int save = p.pos;
        try {
            p.expect(NAME);
            if (!lambda && p.accept(COLON)) {
                p.expression();
            }
            return true;
        } catch (ParseFailure f) {
            p.pos = save;
            return false;
        }
    }

    private boolean commaOrClosing() {
        if (p.accept(COMMA)) {
            return true;
        }
        return p.at(closing());
    }

    /** default: '=' expression | invalid_default */
    private boolean dflt() {
        int save = p.pos;
        if (!p.at(EQUAL)) {
            return false;
        }
        Token eq = p.advance();
        try {
            p.expression();
            return true;
        } catch (ParseFailure f) {
            p.pos = save + 1;
            if (p.at(RPAR) || p.at(COMMA)) {
                throw p.errorAtToken("expected default value expression", eq);
            }
            p.pos = save;
            return false;
        }
    }

    private boolean paramNoDefault() {
        int save = p.pos;
        if (param() && commaOrClosing()) {
            return true;
        }
        p.pos = save;
        return false;
    }

    private boolean paramWithDefault() {
        int save = p.pos;
        if (param() && dflt() && commaOrClosing()) {
            return true;
        }
        p.pos = save;
        return false;
    }

    private boolean paramMaybeDefault() {
        int save = p.pos;
        if (param()) {
            dflt();
            if (commaOrClosing()) {
                return true;
            }
        }
        p.pos = save;
        return false;
    }

    private int paramNoDefaultStar() {
        int n = 0;
        while (paramNoDefault()) {
            n++;
        }
        return n;
    }

    private int paramWithDefaultStar() {
        int n = 0;
        while (paramWithDefault()) {
            n++;
        }
        return n;
    }

    private int paramMaybeDefaultStar() {
        int n = 0;
        while (paramMaybeDefault()) {
            n++;
        }
        return n;
    }

    /** '/' followed by ',' or the closing token. */
    private boolean slashEnd() {
        int save = p.pos;
        if (p.accept(SLASH) && commaOrClosing()) {
            return true;
        }
        p.pos = save;
        return false;
    }

    private boolean slashNoDefault() {
        int save = p.pos;
        if (paramNoDefaultStar() > 0 && slashEnd()) {
            return true;
        }
        p.pos = save;
        return false;
    }

    private boolean slashWithDefault() {
        int save = p.pos;
        paramNoDefaultStar();
        if (paramWithDefaultStar() > 0 && slashEnd()) {
            return true;
        }
        p.pos = save;
        return false;
    }

    private boolean slashAny() {
        return slashNoDefault() || slashWithDefault();
    }

    // ---- the invalid rules ----

    private void parameters() {
        int start = p.pos;
        String what = lambda ? "Lambda expression parameters" : "Function parameters";
        // "/" ','
        if (p.at(SLASH) && p.kindAt(1) == COMMA) {
            throw p.errorAtToken("at least one argument must precede /", p.tok());
        }
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if (slashAny()) {
            paramMaybeDefaultStar();
            if (p.at(SLASH)) {
                throw p.errorAtToken("/ may appear only once", p.tok());
            }
        }
        p.pos = start;
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        slashNoDefault();
        paramNoDefaultStar();
        if (slashWithDefault() || paramWithDefaultStar() > 0) {
            int at = p.pos;
            if (paramNoDefault()) {
                Token t = p.tokens[at];
                throw p.errors.range("parameter without a default follows parameter with a default", t.start, argEnd(at));
            }
        }
        p.pos = start;
        // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
        paramNoDefaultStar();
        if (p.at(LPAR)) {
            Token open = p.advance();
            int n = 0;
            if (lambda) {
                while (p.at(NAME)) {
                    p.pos++;
                    n++;
                    if (!p.accept(COMMA)) {
                        break;
                    }
                }
            } else {
                n = paramNoDefaultStar();
            }
            p.accept(COMMA);
            if (n > 0 && p.at(RPAR)) {
                throw p.errorRange(what + " cannot be parenthesized", open, p.tok());
            }
        }
        p.pos = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
        slashAny();
        paramMaybeDefaultStar();
        if (p.accept(STAR)) {
            if (p.accept(COMMA) || paramNoDefault()) {
                paramMaybeDefaultStar();
                if (p.at(SLASH)) {
                    throw p.errorAtToken("/ must be ahead of *", p.tok());
                }
            }
        }
        p.pos = start;
        // param_maybe_default+ '/' '*'
        if (paramMaybeDefaultStar() > 0 && p.accept(SLASH) && p.at(STAR)) {
            throw p.errorAtToken("expected comma between / and *", p.tok());
        }
        p.pos = start;
    }

    /** End offset of the parameter starting at token index {@code at} (NAME plus annotation). */
    private int argEnd(int at) {
        int save = p.pos;
        p.pos = at;
        param();
        int end = p.lastEnd();
        p.pos = save;
        return end;
    }

    private void starEtc() {
        int start = p.pos;
        Token star = p.tok();
        if (star.kind != STAR) {
            return;
        }
        p.pos++;
        TokenKind k = p.kind();
        if (k == closing() || (k == COMMA && (p.kindAt(1) == closing() || p.kindAt(1) == DOUBLESTAR))) {
            if (lambda) {
                throw p.errorAtLastToken(Kind.SYNTAX_ERROR, "named arguments must follow bare *");
            }
            throw p.errorAtToken("named arguments must follow bare *", star);
        }
        p.pos = start + 1;
        if (param() && p.at(EQUAL)) {
            throw p.errorAtToken("var-positional argument cannot have default value", p.tok());
        }
        p.pos = start + 1;
        if (paramNoDefault() || p.accept(COMMA)) {
            paramMaybeDefaultStar();
            if (p.at(STAR)) {
                Token again = p.advance();
                if (paramNoDefault() || p.at(COMMA)) {
                    throw p.errorAtToken("* argument may appear only once", again);
                }
            }
        }
        p.pos = start;
    }

    private void kwds() {
        int start = p.pos;
        if (!p.accept(DOUBLESTAR)) {
            return;
        }
        if (param()) {
            if (p.at(EQUAL)) {
                throw p.errorAtToken("var-keyword argument cannot have default value", p.tok());
            }
            if (p.accept(COMMA)) {
                int at = p.pos;
                if (param()) {
                    Token t = p.tokens[at];
                    throw p.errors.range("arguments cannot follow var-keyword argument", t.start, p.lastEnd());
                }
                TokenKind k = p.kind();
                if (k == STAR || k == DOUBLESTAR || k == SLASH) {
                    throw p.errorAtToken("arguments cannot follow var-keyword argument", p.tok());
                }
            }
        }
        p.pos = start;
    }
}
