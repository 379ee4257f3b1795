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
            case SINGLE: {
                List<Stmt> body = sp.file();
                return new Mod.Interactive(body);
            }
            default:
                return new Mod.Module(sp.file());
        }
    }
}
