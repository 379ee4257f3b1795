package dev.taipan.parser;

import dev.taipan.parser.SyntaxErrorException.Kind;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Python 3.12's tokenizer: one pass over the source producing all tokens into an array, including
 * INDENT/DEDENT, and PEP 701 f-strings as FSTRING_START / FSTRING_MIDDLE / expression tokens /
 * FSTRING_END. It follows CPython's tokenizer state machine so that the same inputs produce the
 * same tokens and the same errors at the same positions.
 *
 * <p>A tokenizer error stops tokenization: the token array then ends with an ERRORTOKEN and
 * {@link #error} holds the exception, which the parser raises when it reaches that token (and which
 * takes precedence over a parser error found earlier, as in CPython).
 */
final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAX_EXPR_NESTING = 3;
    private static final int MAXFSTRINGLEVEL = 150;

    /** Per-f-string tokenizer state (CPython's tokenizer_mode); index 0 of the stack is plain code. */
    private static final class Mode {
        /** True while tokenizing code (outside f-strings, or inside a replacement field). */
        boolean regular = true;
        char quote;
        int quoteSize;
        boolean raw;
        int fstringStart;
        int curlyDepth;
        int exprStartDepth = -1;
        boolean inFormatSpec;
        boolean debug;
        int exprStart = -1;
        int exprEnd = -1;
    }

    private final String src;
    private final int len;
    /** len, or len + 1 when the source does not end with a newline (CPython appends one). */
    private final int limit;
    private final SyntaxErrors errors;
    private int pos;

    private Token[] tokens = new Token[256];
    private int count;

    /** The tokenizer's error (null when tokenization succeeded). */
    SyntaxErrorException error;
    /** The error is the end of input inside brackets (reported as "'(' was never closed"). */
    boolean errorIsUnclosedBracket;
    /** Line of the innermost unclosed bracket when {@link #errorIsUnclosedBracket}. */
    int unclosedBracketLine;
    /** The error was raised inside an f-string. */
    boolean errorInsideFString;
    /**
     * Whether the error wins over a parser error found before the parser reached it. CPython lets
     * only the errors its tokenizer raises as exceptions do so, not the ones it signals with a
     * status code (TabError, bad dedent, too deep, stray backslash, unexpected EOF).
     */
    boolean errorOverridesParser = true;

    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    private boolean blankline;

    private final char[] parenStack = new char[MAXLEVEL];
    private final int[] parenPos = new int[MAXLEVEL];
    private int level;

    private Mode[] modes = new Mode[8];
    private int modeTop;

    /** Start of the token being scanned. */
    private int tokStart;
    /** Where the character last returned by nextc() starts. */
    private int lastStart;

    private final InputMode mode;
    /** Also produce COMMENT and NL tokens, as the tokenize module sees the source. */
    boolean extraTokens;
    /** The COMMENT just produced stood alone on its line: the newline after it is an NL. */
    private boolean commentNewline;
    /**
     * Index of the token whose scanning first read the end of the input (-1: never). A parse that
     * failed after looking that far failed for want of more input (CPython's tok->done == E_EOF).
     */
    int eofReadIndex = -1;

    Tokenizer(String src, SyntaxErrors errors, InputMode mode) {
        this.src = src;
        this.len = src.length();
        this.errors = errors;
        this.mode = mode;
        boolean endsWithNewline = len > 0 && (src.charAt(len - 1) == '\n' || src.charAt(len - 1) == '\r');
        // CPython appends a newline to "exec" input that lacks one, not to "eval"/"single" input
        this.limit = endsWithNewline || len == 0 || mode != InputMode.FILE ? len : len + 1;
        modes[0] = new Mode();
        if (len > 0 && src.charAt(0) == '\uFEFF') {
            pos = 1;
        }
    }

    /** Tokenizes the whole source; returns the tokens (the last is ENDMARKER or ERRORTOKEN). */
    Token[] tokenize() {
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            int line = errors.line(nul);
            error = errors.make(Kind.SYNTAX_ERROR, "source code cannot contain null bytes", line, 0, line, 0, false);
            add(new Token(TokenKind.ERRORTOKEN, 0, 0, null, 0));
            return Arrays.copyOf(tokens, count);
        }
        try {
            while (true) {
                Token t = next();
                if (t.kind == TokenKind.ENDMARKER) {
                    if (mode.isInteractive() && count > 0) {
                        // CPython's parser turns the end of input into a NEWLINE (closing open
                        // blocks, after which it does so once more) so that a statement can end there
                        add(new Token(TokenKind.NEWLINE, t.start, t.start, null, 0, true));
                        if (indent > 0) {
                            for (; indent > 0; indent--) {
                                add(make(TokenKind.DEDENT, t.start, t.start));
                            }
                            add(new Token(TokenKind.NEWLINE, t.start, t.start, null, 0, true));
                        }
                    }
                    add(t);
                    break;
                }
                add(t);
            }
        } catch (SyntaxErrorException e) {
            error = e;
            errorInsideFString = modeTop > 0;
            add(new Token(TokenKind.ERRORTOKEN, Math.min(pos, limit), Math.min(pos, limit), null, level));
        }
        return Arrays.copyOf(tokens, count);
    }

    private void add(Token t) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count++] = t;
    }

    // ---- character access (a "\r\n" pair or a lone '\r' reads as one '\n') ----

    private int nextc() {
        lastStart = pos;
        if (pos >= len) {
            if (pos < limit) {
                pos++;
                return '\n';
            }
            if (eofReadIndex < 0) {
                eofReadIndex = count;
            }
            return EOF;
        }
        char c = src.charAt(pos++);
        if (c == '\r') {
            if (pos < len && src.charAt(pos) == '\n') {
                pos++;
            }
            return '\n';
        }
        return c;
    }

    private void backup(int c) {
        if (c == EOF) {
            return;
        }
        pos--;
        if (c == '\n' && pos > 0 && pos < len && src.charAt(pos) == '\n' && src.charAt(pos - 1) == '\r') {
            pos--;
        }
    }

    private Mode mode() {
        return modes[modeTop];
    }

    private boolean insideFString() {
        return modeTop > 0;
    }

    private static boolean insideFStringExpr(Mode m) {
        return m.exprStartDepth >= 0;
    }

    private Token make(TokenKind kind, int start, int end) {
        return new Token(kind, start, end, null, level);
    }

    private Token makeText(TokenKind kind, int start, int end) {
        return new Token(kind, start, end, src.substring(start, Math.min(end, len)), level);
    }

    // ---- errors ----

    /** A tokenizer error with the offset at the tokenizer's current position. */
    private SyntaxErrorException err(String msg) {
        int line = errors.currentLine(pos);
        return errors.tokenizer(Kind.SYNTAX_ERROR, msg, line, pos);
    }

    private SyntaxErrorException errAt(String msg, int cur) {
        int line = errors.currentLine(cur);
        return errors.tokenizer(Kind.SYNTAX_ERROR, msg, line, cur);
    }

    /** A tokenizer error reported on {@code line} at offset {@code cur} (for multi-line tokens). */
    private SyntaxErrorException errOnLine(String msg, int line, int cur) {
        return errors.tokenizer(Kind.SYNTAX_ERROR, msg, line, cur);
    }

    /** Errors CPython raises as "col 0, end -1" from the current line (TabError, too deep). */
    private SyntaxErrorException errLineStart(Kind kind, String msg) {
        int line = errors.currentLine(pos);
        return errors.make(kind, msg, line, 1, line, 0, true);
    }

    /** Errors CPython positions at the end of the current line (after the tokenizer skipped it). */
    private SyntaxErrorException errLineEnd(Kind kind, String msg, int line) {
        String text = errors.lineText(line, true);
        int col = text.codePointCount(0, text.length());
        return errors.parserError(kind, msg, line, col, line, -1);
    }

    // ---- the token loop ----

    private Token next() {
        Mode m = mode();
        if (m.regular) {
            return normalMode(m);
        }
        return fstringMode(m);
    }

    private Token normalMode(Mode cur) {
        int c;
        while (true) { // nextline
            blankline = false;
            if (atbol) {
                Token t = indentation();
                if (t != null) {
                    return t;
                }
            }
            tokStart = pos;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return make(TokenKind.DEDENT, pos, pos);
                }
                pendin--;
                return make(TokenKind.INDENT, pos, pos);
            }
            while (true) { // again
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                tokStart = c == EOF ? pos : lastStart;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                    if (extraTokens) {
                        int end = c == EOF ? pos : lastStart;
                        backup(c);
                        commentNewline = blankline;
                        return makeText(TokenKind.COMMENT, tokStart, end);
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        return eofInBrackets();
                    }
                    return make(TokenKind.ENDMARKER, limit, limit);
                }
                if (isPotentialIdentifierStart(c)) {
                    return identifierOrString(c, cur);
                }
                if (c == '\n') {
                    atbol = true;
                    if (extraTokens && (blankline || level > 0 || commentNewline)) {
                        commentNewline = false;
                        return make(TokenKind.NL, lastStart, Math.max(lastStart + 1, Math.min(pos, limit)));
                    }
                    if (blankline || level > 0) {
                        break; // goto nextline
                    }
                    // CPython's NEWLINE token ends after the newline character (on the same line)
                    int nl = lastStart;
                    return make(TokenKind.NEWLINE, Math.min(tokStart, nl), nl + 1);
                }
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return numberAfterFraction(fraction(c));
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return make(TokenKind.ELLIPSIS, tokStart, pos);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenKind.DOT, tokStart, pos);
                }
                if (isDigit(c)) {
                    return number(c);
                }
                if (c == '\'' || c == '"') {
                    return string(c, tokStart);
                }
                if (c == '\\') {
                    continuationLine();
                    continue; // goto again
                }
                return operator(c, cur);
            }
        }
    }

    /** Reads the indentation at the beginning of a line; returns an error token or null. */
    private Token indentation() {
        int col = 0;
        int altcol = 0;
        atbol = false;
        int contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol = altcol + 1;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // the first backslash preceded by whitespace fixes the indentation of what follows
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') {
            blankline = true;
        }
        if (!blankline && level == 0) {
            if (contLineCol != 0) {
                col = contLineCol;
                altcol = contLineCol;
            }
            if (col == indstack[indent]) {
                if (altcol != altindstack[indent]) {
                    throw indentError();
                }
            } else if (col > indstack[indent]) {
                if (indent + 1 >= MAXINDENT) {
                    errorOverridesParser = false;
                    throw errLineStart(Kind.INDENTATION_ERROR, "too many levels of indentation");
                }
                if (altcol <= altindstack[indent]) {
                    throw indentError();
                }
                pendin++;
                indstack[++indent] = col;
                altindstack[indent] = altcol;
            } else {
                while (indent > 0 && col < indstack[indent]) {
                    pendin--;
                    indent--;
                }
                if (col != indstack[indent]) {
                    errorOverridesParser = false;
                    int line = errors.currentLine(pos + 1);
                    throw errLineEnd(Kind.INDENTATION_ERROR, "unindent does not match any outer indentation level", line);
                }
                if (altcol != altindstack[indent]) {
                    throw indentError();
                }
            }
        }
        return null;
    }

    private SyntaxErrorException indentError() {
        errorOverridesParser = false;
        int line = errors.currentLine(pos + 1);
        return errors.make(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", line, 1, line, 0, true);
    }

    /** After a backslash: the next character must end the line, and more input must follow. */
    private void continuationLine() {
        int c = nextc();
        if (c != '\n') {
            errorOverridesParser = false;
            // CPython reports the column after the offending character, from the start of the line
            int line = errors.currentLine(pos);
            int col = errors.columnIn(line, pos);
            throw errors.parserError(Kind.SYNTAX_ERROR, "unexpected character after line continuation character", line, col, line, 0);
        }
        c = nextc();
        if (c == EOF) {
            if (level > 0) {
                throw eofInBracketsError();
            }
            errors.incompleteInput = true;
            errorOverridesParser = false;
            throw errLineEnd(Kind.SYNTAX_ERROR, "unexpected EOF while parsing", errors.currentLine(limit));
        }
        backup(c);
    }

    private Token eofInBrackets() {
        throw eofInBracketsError();
    }

    private SyntaxErrorException eofInBracketsError() {
        errorIsUnclosedBracket = true;
        errorOverridesParser = false;
        errors.incompleteInput = true;
        int p = parenPos[level - 1];
        unclosedBracketLine = errors.line(p);
        int col = errors.columnIn(unclosedBracketLine, p);
        return errors.parserError(Kind.SYNTAX_ERROR, "'" + parenStack[level - 1] + "' was never closed", unclosedBracketLine, col + 1, unclosedBracketLine, 0);
    }

    // ---- names and string prefixes ----

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token identifierOrString(int c, Mode cur) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                if (sawF) {
                    return fstringStart(c);
                }
                return string(c, tokStart);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = nextc();
        }
        backup(c);
        String raw = src.substring(tokStart, pos);
        if (nonAscii) {
            verifyIdentifier(raw);
            String id = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            return new Token(TokenKind.NAME, tokStart, pos, id, level);
        }
        return new Token(TokenKind.keyword(raw), tokStart, pos, raw, level);
    }

    /** PEP 3131: the first character XID_Start or '_', the others XID_Continue. */
    private void verifyIdentifier(String raw) {
        int i = 0;
        boolean first = true;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            boolean ok = first ? (PyChars.isXidStart(cp) || cp == '_') : PyChars.isXidContinue(cp);
            if (!ok) {
                int cur = tokStart + i + Character.charCount(cp);
                String msg = PyChars.isPrintable(cp)
                                ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex4(cp) + ")"
                                : "invalid non-printable character U+" + hex4(cp);
                throw errAt(msg, cur);
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return h.length() >= 4 ? h : "0000".substring(h.length()) + h;
    }

    // ---- numbers (CPython's state machine, so errors land on the same character) ----

    private Token number(int first) {
        int c = first;
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHexDigit(c)) {
                        backup(c);
                        throw err("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw err("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw err("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw err("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw err("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw err("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw err("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw err("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return numberAfterFraction(fraction(c));
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    int line = errors.currentLine(pos);
                    int col = errors.columnIn(line, tokStart) + 1;
                    int endCol = errors.columnIn(line, zerosEnd);
                    throw errors.make(Kind.SYNTAX_ERROR, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                    line, col, line, endCol, false);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                c = fraction(c);
            }
            return numberAfterFraction(c);
        }
        backup(c);
        return makeText(TokenKind.NUMBER, tokStart, pos);
    }

    /** Scans the digits after a decimal point; returns the character after them. */
    private int fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        return c;
    }

    /** Finishes a float from the character after its fraction digits (exponent, 'j', or the end). */
    private Token numberAfterFraction(int c) {
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return makeText(TokenKind.NUMBER, tokStart, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw err("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return makeText(TokenKind.NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return makeText(TokenKind.NUMBER, tokStart, pos);
    }

    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return makeText(TokenKind.NUMBER, tokStart, pos);
    }

    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw err("invalid decimal literal");
            }
        }
        return c;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * A number directly followed by a letter is an error, except before the keywords that may
     * follow a number in valid code ("1if x else y"), which CPython only warns about.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            // 3.12 accepts "1if x else 2" but warns
            errors.warn("invalid " + kind + " literal", pos);
            return;
        }
        if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw err("invalid " + kind + " literal");
        }
    }

    /** True if the next characters are {@code test} and then not an identifier character. */
    private boolean lookahead(String test) {
        int save = pos;
        for (int i = 0; i < test.length(); i++) {
            if (nextc() != test.charAt(i)) {
                pos = save;
                return false;
            }
        }
        int c = nextc();
        pos = save;
        return !isPotentialIdentifierChar(c);
    }

    // ---- strings ----

    private Token string(int quote, int start) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int firstLine = errors.currentLine(pos);
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = c == EOF ? errors.currentLine(pos) : errors.currentLine(pos);
                if (c == EOF) {
                    detected = errors.line(Math.max(0, Math.min(limit, len) - 1));
                }
                int cur = start + 1;
                if (insideFString()) {
                    Mode m = mode();
                    if (m.quote == quote && m.quoteSize == quoteSize) {
                        throw errOnLine("f-string: expecting '}'", firstLine, cur);
                    }
                }
                if (c != '\n') {
                    errors.incompleteInput = true;
                }
                if (quoteSize == 3) {
                    throw errOnLine("unterminated triple-quoted string literal (detected at line " + detected + ")", firstLine, cur);
                }
                throw errOnLine("unterminated string literal (detected at line " + detected + ")", firstLine, cur);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return makeText(TokenKind.STRING, start, pos);
    }

    // ---- f-strings ----

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        } else {
            backup(afterQuote);
        }
        if (modeTop + 1 >= MAXFSTRINGLEVEL) {
            throw err("too many nested f-strings");
        }
        Mode m = new Mode();
        m.regular = false;
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.fstringStart = tokStart;
        char p0 = src.charAt(tokStart);
        if (p0 == 'f' || p0 == 'F') {
            char p1 = src.charAt(tokStart + 1);
            m.raw = p1 == 'r' || p1 == 'R';
        } else {
            m.raw = true;
        }
        if (++modeTop == modes.length) {
            modes = Arrays.copyOf(modes, modeTop * 2);
        }
        modes[modeTop] = m;
        return makeText(TokenKind.FSTRING_START, tokStart, pos);
    }

    private Token fstringMode(Mode cur) {
        int start = pos;
        tokStart = pos;
        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                cur.exprStartDepth++;
                if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
                    throw err("f-string: expressions nested too deeply");
                }
                cur.regular = true;
                return normalMode(cur);
            }
        } else {
            backup(startChar);
        }
        // the end of the string?
        boolean atEnd = true;
        for (int i = 0; i < cur.quoteSize; i++) {
            int q = nextc();
            if (q != cur.quote) {
                backup(q);
                pos = start;
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            cur.exprStart = -1;
            cur.exprEnd = -1;
            modeTop--;
            return makeText(TokenKind.FSTRING_END, start, pos);
        }

        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != cur.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = cur.inFormatSpec && insideFStringExpr(cur);
            if (c == EOF || (cur.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    cur.regular = true;
                    cur.inFormatSpec = false;
                    return makeText(TokenKind.FSTRING_MIDDLE, start, pos);
                }
                int detected = c == EOF ? errors.line(Math.max(0, Math.min(limit, len) - 1)) : errors.currentLine(pos);
                int errCur = cur.fstringStart + 1;
                int firstLine = errors.line(cur.fstringStart);
                if (cur.quoteSize == 3) {
                    if (c != '\n') {
                        errors.incompleteInput = true;
                    }
                    throw errOnLine("unterminated triple-quoted f-string literal (detected at line " + detected + ")", firstLine, errCur);
                }
                throw errOnLine("unterminated f-string literal (detected at line " + detected + ")", firstLine, errCur);
            }
            if (c == cur.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                cur.exprStart = pos;
                cur.exprEnd = -1;
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    cur.exprStartDepth++;
                    if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
                        throw err("f-string: expressions nested too deeply");
                    }
                    cur.regular = true;
                    cur.inFormatSpec = false;
                    return makeText(TokenKind.FSTRING_MIDDLE, start, pos);
                }
                return escapedBrace(start);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return makeText(TokenKind.FSTRING_MIDDLE, start, pos);
                }
                int peek = nextc();
                if (peek == '}' && !inFormatSpec && cur.curlyDepth == 0) {
                    return escapedBrace(start);
                }
                backup(peek);
                backup(c);
                cur.regular = true;
                cur.inFormatSpec = false;
                return makeText(TokenKind.FSTRING_MIDDLE, start, pos);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    backup(peek);
                    continue;
                }
                if (!cur.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') {
                        unicodeEscape = true;
                    } else {
                        backup(peek);
                    }
                }
            }
        }
        for (int i = 0; i < cur.quoteSize; i++) {
            backup(cur.quote);
        }
        return makeText(TokenKind.FSTRING_MIDDLE, start, pos);
    }

    /**
     * A literal part ending in a doubled brace: its text keeps one brace, but (as in CPython) its
     * extent covers both.
     */
    private Token escapedBrace(int start) {
        return new Token(TokenKind.FSTRING_MIDDLE, start, pos, src.substring(start, pos - 1), level);
    }

    /** The text of the expression before a '=' debug specifier, comments removed. */
    private String debugText(Mode m) {
        String s = src.substring(m.exprStart, Math.min(m.exprEnd, len));
        if (s.indexOf('#') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
                if (i < s.length()) {
                    sb.append('\n');
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    // ---- operators and brackets ----

    private Token operator(int c, Mode cur) {
        boolean punct = c == ':' || c == '}' || c == '!' || c == '{';
        String debugText = null;
        if (punct && insideFString() && insideFStringExpr(cur)) {
            int cursor = cur.curlyDepth - (c != '{' ? 1 : 0);
            boolean cursorInFormatWithDebug = cursor == 1 && (cur.debug || cur.inFormatSpec);
            boolean cursorValid = cursor == 0 || cursorInFormatWithDebug;
            if (cursorValid) {
                if (c == '{') {
                    cur.exprStart = pos;
                    cur.exprEnd = -1;
                } else if (cur.exprEnd == -1) {
                    cur.exprEnd = tokStart;
                }
                if (c != '{' && cur.debug && cur.exprStart >= 0) {
                    debugText = debugText(cur);
                }
            }
            if (c == ':' && cursor == cur.exprStartDepth) {
                cur.regular = false;
                cur.inFormatSpec = true;
                Token t = make(TokenKind.COLON, tokStart, pos);
                t.debugText = debugText;
                return t;
            }
        }
        int c2 = nextc();
        TokenKind two = twoChars(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = threeChars(c, c2, c3);
            if (three != null) {
                two = three;
            } else {
                backup(c3);
            }
            Token t = make(two, tokStart, pos);
            t.debugText = debugText;
            return t;
        }
        backup(c2);

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw err("too many nested parentheses");
                }
                parenStack[level] = (char) c;
                parenPos[level] = tokStart;
                level++;
                if (insideFString()) {
                    cur.curlyDepth++;
                }
            }
            case ')', ']', '}' -> {
                if (insideFString() && cur.curlyDepth == 0 && c == '}') {
                    throw err("f-string: single '}' is not allowed");
                }
                // the tokenize module's mode (extra tokens) lets unbalanced brackets through, as
                // CPython's tokenizer does: inspect.getsource reads a lambda from inside a call
                if (level == 0 && !extraTokens) {
                    throw err("unmatched '" + (char) c + "'");
                }
                if (level == 0) {
                    break;
                }
                level--;
                char opening = parenStack[level];
                if (!extraTokens && !((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (insideFString() && opening == '{') {
                        int previous = cur.curlyDepth - 1;
                        if (previous == cur.exprStartDepth) {
                            throw err("f-string: unmatched '" + (char) c + "'");
                        }
                    }
                    int openLine = errors.line(parenPos[level]);
                    int curLine = errors.currentLine(pos);
                    if (openLine != curLine) {
                        throw err("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "' on line " + openLine);
                    }
                    throw err("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'");
                }
                if (insideFString()) {
                    cur.curlyDepth--;
                    if (cur.curlyDepth < 0) {
                        throw err("f-string: unmatched '" + (char) c + "'");
                    }
                    if (c == '}' && cur.curlyDepth == cur.exprStartDepth) {
                        cur.exprStartDepth--;
                        cur.regular = false;
                        cur.inFormatSpec = false;
                        cur.debug = false;
                    }
                }
            }
            default -> {
            }
        }
        if (!PyChars.isPrintable(c)) {
            throw err("invalid non-printable character U+" + hex4(c));
        }
        if (c == '=' && insideFStringExpr(cur)) {
            cur.debug = true;
        }
        TokenKind one = oneChar(c);
        Token t = make(one, tokStart, pos);
        t.debugText = debugText;
        return t;
    }

    private static TokenKind oneChar(int c) {
        return switch (c) {
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case ';' -> TokenKind.SEMI;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '|' -> TokenKind.VBAR;
            case '&' -> TokenKind.AMPER;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '=' -> TokenKind.EQUAL;
            case '.' -> TokenKind.DOT;
            case '%' -> TokenKind.PERCENT;
            case '{' -> TokenKind.LBRACE;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '@' -> TokenKind.AT;
            case '!' -> TokenKind.EXCLAMATION;
            default -> TokenKind.OP;
        };
    }

    private static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!':
                return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%':
                return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&':
                return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*':
                return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+':
                return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-':
                return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/':
                return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':':
                return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=':
                return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>':
                return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@':
                return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^':
                return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|':
                return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default:
                return null;
        }
    }

    private static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return TokenKind.DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return TokenKind.DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return TokenKind.LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return TokenKind.RIGHTSHIFTEQUAL;
            }
        }
        if (c1 == '.' && c2 == '.' && c3 == '.') {
            return TokenKind.ELLIPSIS;
        }
        return null;
    }
}
