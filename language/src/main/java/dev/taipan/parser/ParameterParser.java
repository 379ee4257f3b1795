package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;

/** Parameter lists of def (with annotations) and lambda (without). */
final class ParameterParser {
    private final ExpressionParser ep;
    private final TokenStream ts;

    ParameterParser(ExpressionParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /** Parses parameters up to (not including) {@code terminator} (")" for def, ":" for lambda). */
    Arguments parameters(boolean annotations, String terminator) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!ts.atOp(terminator)) {
            Token t = ts.peek();
            if (kwarg != null) {
                throw ts.error("arguments cannot follow var-keyword argument", t.start(), t.end());
            }
            if (ts.atOp("/")) {
                if (sawSlash) {
                    throw ts.error("/ may appear only once", t.start(), t.end());
                }
                if (sawStar) {
                    throw ts.error("/ must be ahead of *", t.start(), t.end());
                }
                if (args.isEmpty()) {
                    throw ts.error("at least one argument must precede /", t.start(), t.end());
                }
                ts.next();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (ts.atOp("*")) {
                if (sawStar) {
                    throw ts.error("* argument may appear only once", t.start(), t.end());
                }
                ts.next();
                sawStar = true;
                if (ts.atOp(",") || ts.atOp(terminator)) {
                    if (ts.atOp(terminator) || ts.peek(1).isOp("**") || ts.peek(1).isOp(terminator)) {
                        throw ts.error("named arguments must follow bare *", t.start(), t.end());
                    }
                } else {
                    vararg = param(annotations, true);
                    if (ts.atOp("=")) {
                        throw ts.error("var-positional argument cannot have default value", ts.peek().start(), ts.peek().end());
                    }
                }
            } else if (ts.atOp("**")) {
                ts.next();
                kwarg = param(annotations, false);
                if (ts.atOp("=")) {
                    throw ts.error("var-keyword argument cannot have default value", ts.peek().start(), ts.peek().end());
                }
            } else {
                Arg a = param(annotations, false);
                Expr dflt = null;
                if (ts.acceptOp("=")) {
                    if (ts.atOp(",") || ts.atOp(terminator)) {
                        throw ts.error("expected default value expression", ts.previous().start(), ts.previous().end());
                    }
                    dflt = ep.expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw ts.error("parameter without a default follows parameter with a default", a.start(), a.end());
                    }
                    args.add(a);
                }
            }
            if (!ts.acceptOp(",")) {
                break;
            }
        }
        if (!ts.atOp(terminator)) {
            throw ts.invalidSyntax();
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly), new ArrayList<>(kwDefaults), kwarg, List.copyOf(defaults));
    }

    private Arg param(boolean annotations, boolean starAnnotation) {
        Token name = ts.peek();
        if (name.kind() != TokenKind.NAME || Keywords.isKeyword(name.text())) {
            throw ts.invalidSyntax();
        }
        ts.next();
        Expr ann = null;
        if (annotations && ts.acceptOp(":")) {
            if (starAnnotation && ts.atOp("*")) {
                int s = ts.peek().start();
                ts.next();
                Expr v = ep.expression();
                ann = new Expr.Starred(s, v.end(), v, ExprContext.LOAD);
            } else {
                ann = ep.expression();
            }
        }
        return new Arg(name.start(), ann == null ? name.end() : ann.end(), name.text(), ann);
    }
}
