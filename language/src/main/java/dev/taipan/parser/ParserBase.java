package dev.taipan.parser;

import dev.taipan.parser.SyntaxErrorException.Kind;

/**
 * Token access, backtracking and error helpers shared by the parser layers
 * ({@link ExpressionParser}, {@link ParametersParser}, {@link PatternParser},
 * {@link StatementParser}).
 *
 * <p>The parser runs like CPython's: a fast first pass; if it fails, a second pass over the same
 * tokens with {@link #callInvalidRules} set, in which the equivalents of CPython's
 * {@code invalid_*} grammar rules look for a specific error message. A generic failure is a
 * {@link ParseFailure}; a specific error is a {@link SyntaxErrorException}.
 */
abstract class ParserBase {

    /** The parser cannot continue here; the caller backtracks or the parse fails. */
    static final class ParseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final ParseFailure INSTANCE = new ParseFailure();

        private ParseFailure() {
            super(null, null, false, false);
        }
    }

    /** How deep expressions may nest before the parser gives up (CPython: "too many nested parentheses"/MemoryError). */
    static final int MAX_DEPTH = 3000;

    final String source;
    final SyntaxErrors errors;
    final Token[] tokens;
    final Tokenizer tokenizer;
    final InputMode mode;

    /** Index of the next token. */
    int pos;
    /** The furthest token index the parser has looked at (CPython's p->fill - 1). */
    int furthest;
    /** {@link #furthest} at the end of the first pass (while it runs: Integer.MAX_VALUE). */
    int firstPassFurthest = Integer.MAX_VALUE;
    /** Second pass: the invalid_* rules are active (switched off inside expression_without_invalid). */
    boolean callInvalidRules;
    /** Second pass: memoisation is on, as in CPython's parser. */
    boolean errorPass;
    int depth;

    ParserBase(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        this.source = source;
        this.errors = errors;
        this.tokens = tokens;
        this.tokenizer = tokenizer;
        this.mode = mode;
    }

    // ---- token access ----

    final Token tok() {
        int p = pos;
        if (p > furthest) {
            furthest = p;
        }
        Token t = tokens[p];
        if (t.kind == TokenKind.ERRORTOKEN) {
            throw tokenizer.error;
        }
        return t;
    }

    final TokenKind kind() {
        return tok().kind;
    }

    /** The token {@code k} places after the current one (k = 0 is the current token). */
    final Token tokAt(int k) {
        int p = Math.min(pos + k, tokens.length - 1);
        for (int i = pos; i < p; i++) {
            // a lookahead never reads past the end of input or an error
            TokenKind kk = tokens[i].kind;
            if (kk == TokenKind.ENDMARKER || kk == TokenKind.ERRORTOKEN) {
                p = i;
                break;
            }
        }
        if (p > furthest) {
            furthest = p;
        }
        Token t = tokens[p];
        if (t.kind == TokenKind.ERRORTOKEN) {
            throw tokenizer.error;
        }
        return t;
    }

    final TokenKind kindAt(int k) {
        return tokAt(k).kind;
    }

    final Token advance() {
        Token t = tok();
        if (t.kind != TokenKind.ENDMARKER) {
            pos++;
        }
        return t;
    }

    final boolean at(TokenKind k) {
        return kind() == k;
    }

    final boolean accept(TokenKind k) {
        if (kind() == k) {
            pos++;
            return true;
        }
        return false;
    }

    final Token expect(TokenKind k) {
        Token t = tok();
        if (t.kind != k) {
            throw fail();
        }
        pos++;
        return t;
    }

    /** CPython's {@code &&'x'}: a missing token is an immediate "expected 'x'" error. */
    final Token expectForced(TokenKind k) {
        Token t = tok();
        if (t.kind != k) {
            throw errorAtToken("expected '" + k.text + "'", t);
        }
        pos++;
        return t;
    }

    static ParseFailure fail() {
        return ParseFailure.INSTANCE;
    }

    /** The last consumed token. */
    final Token prev() {
        return tokens[pos - 1];
    }

    /**
     * End offset of the last consumed token that is not NEWLINE, INDENT or DEDENT: where a node
     * that ends here ends (CPython's _PyPegen_get_last_nonnwhitespace_token).
     */
    final int lastEnd() {
        int i = pos - 1;
        Token t = tokens[i];
        while (i > 0 && (t.kind == TokenKind.NEWLINE || t.kind == TokenKind.INDENT || t.kind == TokenKind.DEDENT)) {
            t = tokens[--i];
        }
        return t.end;
    }

    final boolean atSoftKeyword(String s) {
        Token t = tok();
        return t.kind == TokenKind.NAME && t.text.equals(s);
    }

    static boolean isSoftKeyword(Token t, String s) {
        return t.kind == TokenKind.NAME && t.text.equals(s);
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = tok();
            throw errorAtToken("too many nested parentheses", t);
        }
    }

    final void leave() {
        depth--;
    }

    // ---- CPython token positions ----

    /** Whether CPython gives this token no column (col_offset -1): INDENT, DEDENT, ENDMARKER, errors. */
    static boolean hasNoColumn(Token t) {
        return t.noColumn || t.kind == TokenKind.INDENT || t.kind == TokenKind.DEDENT || t.kind == TokenKind.ENDMARKER || t.kind == TokenKind.ERRORTOKEN;
    }

    final int tokenLine(Token t) {
        if (hasNoColumn(t) && t.start >= source.length()) {
            // before reading any line, CPython's tokenizer is on line 0
            return source.isEmpty() ? 0 : errors.currentLine(t.start);
        }
        return errors.line(t.start);
    }

    /** The column CPython reports for a token without one: where its tokenizer stood. */
    final int tokenizerColumn(Token t, int line) {
        return line == 0 ? 0 : errors.columnIn(line, t.start);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token). */
    final SyntaxErrorException errorAtToken(String msg, Token t) {
        return errorAtToken(Kind.SYNTAX_ERROR, msg, t);
    }

    final SyntaxErrorException errorAtToken(Kind kind, String msg, Token t) {
        if (hasNoColumn(t)) {
            int l = tokenLine(t);
            return errors.parserError(kind, msg, l, 0, l, 0);
        }
        if (t.kind == TokenKind.NEWLINE) {
            return errorOnToken(kind, msg, t);
        }
        return errors.range(kind, msg, t.start, t.end);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) for tokens. */
    final SyntaxErrorException errorRange(String msg, Token a, Token b) {
        return errors.range(msg, a.start, b.end);
    }

    /**
     * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR without a location: CPython reports the last
     * token it has read.
     */
    final SyntaxErrorException errorAtLastToken(Kind kind, String msg) {
        return errorOnToken(kind, msg, tokens[Math.min(furthest, tokens.length - 1)]);
    }

    /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: the error is on the current token. */
    final SyntaxErrorException errorOnNextToken(String msg) {
        Token t = tok();
        return errorOnToken(Kind.SYNTAX_ERROR, msg, t);
    }

    final SyntaxErrorException errorOnToken(Kind kind, String msg, Token t) {
        if (hasNoColumn(t)) {
            int l = tokenLine(t);
            return errors.parserError(kind, msg, l, tokenizerColumn(t, l), l, -1);
        }
        int l = errors.line(t.start);
        int el = tokenEndLine(t);
        return errors.parserError(kind, msg, l, errors.columnIn(l, t.start) + 1, el, errors.columnIn(el, t.end) + 1);
    }

    /** The line where a token ends; a NEWLINE ends on its own line, after the newline character. */
    final int tokenEndLine(Token t) {
        return t.kind == TokenKind.NEWLINE ? errors.line(t.end - 1) : errors.line(t.end);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM(node): from {@code start} to where the tokenizer is. */
    final SyntaxErrorException errorStartingFrom(String msg, int start) {
        Token last = tokens[Math.min(furthest, tokens.length - 1)];
        return errors.startingFrom(msg, start, last.end);
    }
}
