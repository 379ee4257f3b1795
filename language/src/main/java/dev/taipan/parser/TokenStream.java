package dev.taipan.parser;

import java.util.List;

import dev.taipan.parser.SyntaxErrorException.Kind;

/** The parser's cursor over the token list, with lookahead and error reporting helpers. */
final class TokenStream {
    final String src;
    final SourceLines lines;
    private final List<Token> tokens;
    private int index;
    /** Depth of (), [], {} around the current position (for "forgot a comma" hints). */
    int bracketDepth;

    TokenStream(String src, SourceLines lines, List<Token> tokens) {
        this.src = src;
        this.lines = lines;
        this.tokens = tokens;
    }

    Token peek() {
        return checked(tokens.get(index));
    }

    Token peek(int ahead) {
        int i = Math.min(index + ahead, tokens.size() - 1);
        return checked(tokens.get(i));
    }

    /** Reaching the tokenizer's error token raises its error. */
    private static Token checked(Token t) {
        if (t.kind() == TokenKind.ERROR) {
            throw (SyntaxErrorException) t.value();
        }
        return t;
    }

    /** The tokenizer's error at the end of the token list, or null if the whole source tokenized. */
    SyntaxErrorException tokenizerError() {
        Token last = tokens.get(tokens.size() - 1);
        return last.kind() == TokenKind.ERROR ? (SyntaxErrorException) last.value() : null;
    }

    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    Token next() {
        Token t = checked(tokens.get(index));
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    boolean atOp(String op) {
        return peek().isOp(op);
    }

    boolean atName(String name) {
        return peek().isName(name);
    }

    boolean atKind(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean acceptOp(String op) {
        if (peek().isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptName(String name) {
        if (peek().isName(name)) {
            next();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!peek().isOp(op)) {
            if (op.equals(":")) {
                throw errorAfterPrevious("expected ':'");
            }
            throw invalidSyntax();
        }
        return next();
    }

    void expectName(String name) {
        if (!peek().isName(name)) {
            throw invalidSyntax();
        }
        next();
    }

    /** An identifier that is not a hard keyword. */
    Token expectIdentifier() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || Keywords.isKeyword(t.text())) {
            throw invalidSyntax();
        }
        return next();
    }

    boolean atIdentifier() {
        Token t = peek();
        return t.kind() == TokenKind.NAME && !Keywords.isKeyword(t.text());
    }

    void acceptDedent() {
        if (peek().kind() == TokenKind.DEDENT) {
            next();
        }
    }

    Token expectKind(TokenKind kind) {
        if (peek().kind() != kind) {
            throw invalidSyntax();
        }
        return next();
    }

    // ---------------------------------------------------------------- errors

    SyntaxErrorException invalidSyntax() {
        Token t = peek();
        if (t.kind() == TokenKind.INDENT) {
            return errorAt(Kind.INDENTATION_ERROR, "unexpected indent", t.end(), t.end(), false);
        }
        if (t.kind() == TokenKind.ENDMARKER || (t.kind() == TokenKind.NEWLINE && t.start() >= src.length())) {
            return errorAt(Kind.SYNTAX_ERROR, "invalid syntax", t.start(), t.start(), t.kind() == TokenKind.ENDMARKER);
        }
        return errorAt(Kind.SYNTAX_ERROR, "invalid syntax", t.start(), t.end(), false);
    }

    SyntaxErrorException errorAt(Kind kind, String message, int start, int end, boolean incomplete) {
        int s = Math.min(start, src.length());
        int e = Math.min(Math.max(end, s), src.length());
        int line = lines.line(s);
        int endLine = lines.line(e);
        return new SyntaxErrorException(kind, message, line, lines.codePointColumn(s) + 1, endLine, lines.codePointColumn(e) + 1, lines.lineText(line), incomplete);
    }

    SyntaxErrorException error(String message, int start, int end) {
        return errorAt(Kind.SYNTAX_ERROR, message, start, end, false);
    }

    SyntaxErrorException errorAt(Token t, String message) {
        return errorAt(Kind.SYNTAX_ERROR, message, t.start(), t.end(), false);
    }

    /** An error placed just after the previous token (CPython's "expected ':'"). */
    SyntaxErrorException errorAfterPrevious(String message) {
        Token p = previous();
        boolean incomplete = peek().kind() == TokenKind.ENDMARKER;
        return errorAt(Kind.SYNTAX_ERROR, message, p.end(), p.end(), incomplete);
    }
}
