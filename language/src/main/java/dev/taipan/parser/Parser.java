package dev.taipan.parser;

import java.util.List;

import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Stmt;

/** Entry point of the front end: Python source text to AST. */
public final class Parser {
    private Parser() {
    }

    /**
     * Parses {@code source} as {@code mode}; throws {@link SyntaxErrorException} with CPython's
     * message and position on invalid input.
     */
    public static Mod parse(String source, InputMode mode) {
        SourceLines lines = new SourceLines(source);
        List<Token> tokens = new Tokenizer(source, lines).tokenize();
        TokenStream ts = new TokenStream(source, lines, tokens);
        ExpressionParser ep = new ExpressionParser(ts);
        StatementParser sp = new StatementParser(ts, ep);
        try {
            return parse(ts, ep, sp, source, mode);
        } catch (SyntaxErrorException e) {
            throw preferTokenizerError(e, ts, mode);
        }
    }

    /**
     * CPython reports a plain "invalid syntax" only if the rest of the source tokenizes: a later
     * tokenizer error (an unterminated string, a stray character) replaces it, and so does a
     * bracket left open on an earlier line. The REPL does not look ahead like this.
     */
    private static SyntaxErrorException preferTokenizerError(SyntaxErrorException e, TokenStream ts, InputMode mode) {
        SyntaxErrorException later = ts.tokenizerError();
        if (later == null || later == e || mode == InputMode.INTERACTIVE || !"invalid syntax".equals(e.getMessage())) {
            return e;
        }
        boolean unclosedBracket = later.getMessage().endsWith("was never closed");
        return !unclosedBracket || e.lineno > later.lineno ? later : e;
    }

    private static Mod parse(TokenStream ts, ExpressionParser ep, StatementParser sp, String source, InputMode mode) {
        switch (mode) {
            case EVAL: {
                while (ts.atKind(TokenKind.NEWLINE)) {
                    ts.next();
                }
                Expr e = ep.starExpressions();
                while (ts.atKind(TokenKind.NEWLINE)) {
                    ts.next();
                }
                if (!ts.atKind(TokenKind.ENDMARKER)) {
                    throw ts.invalidSyntax();
                }
                return new Mod.Expression(e);
            }
            case SINGLE:
                return new Mod.Interactive(sp.file());
            case INTERACTIVE: {
                List<Stmt> body = sp.file();
                if (!body.isEmpty() && isCompound(body.get(body.size() - 1)) && !endsWithBlankLine(source)) {
                    throw ts.errorAt(SyntaxErrorException.Kind.SYNTAX_ERROR, "incomplete input", source.length(), source.length(), true);
                }
                return new Mod.Interactive(body);
            }
            default:
                return new Mod.Module(sp.file());
        }
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For || s instanceof Stmt.With || s instanceof Stmt.Try ||
                        s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef || s instanceof Stmt.Match;
    }

    /** The text's last line is empty or whitespace: "if x:\n    pass\n\n". */
    private static boolean endsWithBlankLine(String source) {
        String s = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        int nl = s.lastIndexOf('\n');
        return nl >= 0 && s.substring(nl + 1).isBlank();
    }
}
