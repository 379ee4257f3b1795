package dev.taipan.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.SyntaxErrorException.Kind;

/**
 * Splits Python source into tokens (the book's chapter 3, step one): NAME, NUMBER, STRING,
 * FSTRING, OP, and NEWLINE/INDENT/DEDENT computed from the indentation like CPython's tokenizer
 * (tabs to the next multiple of 8, checked against tab size 1 for TabError). Inside brackets
 * newlines are insignificant. A region of the source can be tokenized as an expression (the
 * replacement fields of f-strings).
 */
public final class Tokenizer {
    private final String src;
    private final SourceLines lines;
    private final int end;
    private final boolean expressionMode;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    /** Open brackets: the bracket char and its offset. */
    private final List<int[]> brackets = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    private final List<Integer> altIndents = new ArrayList<>();
    private boolean atLineStart = true;

    public Tokenizer(String source, SourceLines lines) {
        this(source, lines, 0, source.length(), false);
    }

    /** Tokenizes source[start, end); expression mode treats newlines as inside brackets. */
    public Tokenizer(String source, SourceLines lines, int start, int end, boolean expressionMode) {
        this.src = source;
        this.lines = lines;
        this.pos = start;
        this.end = end;
        this.expressionMode = expressionMode;
        indents.add(0);
        altIndents.add(0);
        if (!expressionMode && pos < end && src.charAt(pos) == '\uFEFF') {
            pos++;
        }
    }

    /**
     * The tokens of the source. A tokenizer error does not throw here: it becomes a final
     * {@link TokenKind#ERROR} token that throws when the parser reaches it, so (as in CPython,
     * whose tokenizer runs on demand) a parse error earlier in the source wins.
     */
    public List<Token> tokenize() {
        try {
            scan();
        } catch (SyntaxErrorException e) {
            tokens.add(new Token(TokenKind.ERROR, Math.min(pos, end), Math.min(pos, end), "", e));
        }
        return tokens;
    }

    private void scan() {
        while (true) {
            if (atLineStart && brackets.isEmpty() && !expressionMode) {
                if (!handleIndentation()) {
                    break;
                }
            }
            skipSpaceAndComments();
            if (pos >= end) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                int nlStart = pos;
                pos += (c == '\r' && pos + 1 < end && src.charAt(pos + 1) == '\n') ? 2 : 1;
                if (brackets.isEmpty() && !expressionMode) {
                    add(TokenKind.NEWLINE, nlStart, pos, "\n", null);
                    atLineStart = true;
                }
                continue;
            }
            if (c == '\\') {
                int next = pos + 1;
                if (next < end && (src.charAt(next) == '\n' || src.charAt(next) == '\r')) {
                    pos = next + ((src.charAt(next) == '\r' && next + 1 < end && src.charAt(next + 1) == '\n') ? 2 : 1);
                    if (pos >= end) {
                        throw error("unexpected EOF while parsing", pos, true);
                    }
                    continue;
                }
                if (next >= end) {
                    throw error("unexpected EOF while parsing", pos, true);
                }
                throw error("unexpected character after line continuation character", pos + 1, false);
            }
            if (isIdentifierStart(c) || Character.isHighSurrogate(c)) {
                if (!scanStringWithPrefix()) {
                    scanName();
                }
                continue;
            }
            if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < end && isDigit(src.charAt(pos + 1)))) {
                scanNumber();
                continue;
            }
            if (c == '"' || c == '\'') {
                scanString(pos, pos, "");
                continue;
            }
            scanOperator();
        }
        finish();
    }

    // ---------------------------------------------------------------- lines and indentation

    /** Measures the indentation of a new logical line; returns false at end of input. */
    private boolean handleIndentation() {
        while (true) {
            int col = 0;
            int altcol = 0;
            int lineStart = pos;
            while (pos < end) {
                char c = src.charAt(pos);
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    altcol++;
                } else if (c == '\f') {
                    col = 0;
                    altcol = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (pos >= end) {
                return false;
            }
            char c = src.charAt(pos);
            if (c == '#' || c == '\n' || c == '\r') {
                // blank line or comment-only line: no indentation processing
                skipSpaceAndComments();
                if (pos < end) {
                    char n = src.charAt(pos);
                    pos += (n == '\r' && pos + 1 < end && src.charAt(pos + 1) == '\n') ? 2 : 1;
                }
                continue;
            }
            if (c == '\\' && pos + 1 < end && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                // a line that is only a continuation joins the next line; indentation is this line's
                atLineStart = false;
                applyIndent(col, altcol, lineStart);
                return true;
            }
            atLineStart = false;
            applyIndent(col, altcol, lineStart);
            return true;
        }
    }

    private void applyIndent(int col, int altcol, int lineStart) {
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (col == top) {
            if (altcol != altTop) {
                throw tabError(lineStart);
            }
        } else if (col > top) {
            if (altcol <= altTop) {
                throw tabError(lineStart);
            }
            indents.add(col);
            altIndents.add(altcol);
            add(TokenKind.INDENT, lineStart, pos, "", null);
        } else {
            while (indents.size() > 1 && col < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                add(TokenKind.DEDENT, pos, pos, "", null);
            }
            if (col != indents.get(indents.size() - 1)) {
                int line = lines.line(pos);
                throw new SyntaxErrorException(Kind.INDENTATION_ERROR, "unindent does not match any outer indentation level", line, lines.codePointColumn(pos) + 1, line,
                                lines.codePointColumn(pos) + 1, lines.lineText(line), false);
            }
            if (altcol != altIndents.get(altIndents.size() - 1)) {
                throw tabError(lineStart);
            }
        }
    }

    private SyntaxErrorException tabError(int at) {
        int line = lines.line(at);
        return new SyntaxErrorException(Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", line, lines.codePointColumn(pos) + 1, line, lines.codePointColumn(pos) + 1,
                        lines.lineText(line), false);
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            int[] open = brackets.get(brackets.size() - 1);
            throw error("'" + (char) open[0] + "' was never closed", open[1], true);
        }
        if (!expressionMode) {
            if (!tokens.isEmpty()) {
                Token last = tokens.get(tokens.size() - 1);
                if (last.kind() != TokenKind.NEWLINE && last.kind() != TokenKind.DEDENT && last.kind() != TokenKind.INDENT) {
                    add(TokenKind.NEWLINE, end, end, "", null);
                }
            }
            while (indents.size() > 1) {
                indents.remove(indents.size() - 1);
                add(TokenKind.DEDENT, end, end, "", null);
            }
        }
        add(TokenKind.ENDMARKER, end, end, "", null);
    }

    private void skipSpaceAndComments() {
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < end && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if ((c == '\n' || c == '\r') && (expressionMode || !brackets.isEmpty())) {
                pos++;
            } else {
                break;
            }
        }
    }

    // ---------------------------------------------------------------- names

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && Character.isUnicodeIdentifierStart(c));
    }

    static boolean isIdentifierStartCp(int cp) {
        return cp < 0x80 ? isIdentifierStart((char) cp) : Character.isUnicodeIdentifierStart(cp) || isOtherIdStart(cp);
    }

    static boolean isIdentifierPartCp(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
        }
        return (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) || isOtherIdStart(cp) || cp == 0x00B7 || cp == 0x0387 || cp == 0x19DA ||
                        (cp >= 0x1369 && cp <= 0x1371);
    }

    /** Other_ID_Start characters that Java does not class as identifier starts. */
    private static boolean isOtherIdStart(int cp) {
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void scanName() {
        int start = pos;
        int cp = src.codePointAt(pos);
        if (!isIdentifierStartCp(cp)) {
            throw invalidCharacter(cp, pos);
        }
        boolean ascii = cp < 0x80;
        pos += Character.charCount(cp);
        while (pos < end) {
            cp = src.codePointAt(pos);
            if (!isIdentifierPartCp(cp)) {
                if (cp >= 0x80 && !Character.isWhitespace(cp) && !isPrintableOp(cp)) {
                    throw invalidCharacter(cp, pos);
                }
                break;
            }
            if (cp >= 0x80) {
                ascii = false;
            }
            pos += Character.charCount(cp);
        }
        String name = src.substring(start, pos);
        if (!ascii) {
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        add(TokenKind.NAME, start, pos, name, null);
    }

    private static boolean isPrintableOp(int cp) {
        return false;
    }

    private SyntaxErrorException invalidCharacter(int cp, int at) {
        if (!dev.taipan.parser.StringLiterals.isPrintable(cp)) {
            return error(String.format("invalid non-printable character U+%04X", cp), at, false);
        }
        return error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), at, false);
    }

    // ---------------------------------------------------------------- numbers

    private void scanNumber() {
        int start = pos;
        NumberLiterals.Result r = NumberLiterals.scan(src, pos, end);
        if (r.error() != null) {
            throw error(r.error(), r.errorPos(), false);
        }
        pos = r.end();
        add(TokenKind.NUMBER, start, pos, src.substring(start, pos), r.value());
    }

    // ---------------------------------------------------------------- strings

    /** At an identifier start: a string prefix (r, b, f, u, br, rb, fr, rf) followed by a quote? */
    private boolean scanStringWithPrefix() {
        int i = pos;
        while (i < end && i - pos < 2 && "rRbBfFuU".indexOf(src.charAt(i)) >= 0) {
            i++;
        }
        if (i == pos || i >= end || (src.charAt(i) != '"' && src.charAt(i) != '\'')) {
            return false;
        }
        String prefix = src.substring(pos, i).toLowerCase();
        if (!StringLiterals.isValidPrefix(prefix)) {
            return false;
        }
        scanString(pos, i, prefix);
        return true;
    }

    /** A string literal starting at {@code start} (prefix) whose quote is at {@code quotePos}. */
    private void scanString(int start, int quotePos, String prefix) {
        char q = src.charAt(quotePos);
        boolean triple = quotePos + 2 < end && src.charAt(quotePos + 1) == q && src.charAt(quotePos + 2) == q;
        int bodyStart = quotePos + (triple ? 3 : 1);
        boolean isF = prefix.indexOf('f') >= 0;
        boolean raw = prefix.indexOf('r') >= 0;
        int bodyEnd;
        if (isF) {
            bodyEnd = FStringScanner.scanLiteral(src, bodyStart, end, q, triple, raw, this, start);
        } else {
            bodyEnd = scanPlainBody(bodyStart, q, triple, start);
        }
        pos = bodyEnd + (triple ? 3 : 1);
        if (isF) {
            add(TokenKind.FSTRING, start, pos, src.substring(start, pos), null);
        } else {
            Object value = StringLiterals.decode(src, bodyStart, bodyEnd, prefix, start, lines);
            add(TokenKind.STRING, start, pos, src.substring(start, pos), value);
        }
    }

    /** Index of the closing quote of a non-f string body. */
    private int scanPlainBody(int i, char q, boolean triple, int literalStart) {
        while (true) {
            if (i >= end) {
                throw unterminated(literalStart, triple);
            }
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                throw unterminated(literalStart, false);
            }
            if (c == q && (!triple || (i + 2 < end && src.charAt(i + 1) == q && src.charAt(i + 2) == q))) {
                return i;
            }
            i++;
        }
    }

    SyntaxErrorException unterminated(int literalStart, boolean triple) {
        if (triple) {
            int lastLine = lines.line(Math.max(0, end - 1));
            if (end > 0 && (src.charAt(end - 1) == '\n')) {
                lastLine = lines.line(end - 1);
            }
            return error("unterminated triple-quoted string literal (detected at line " + lastLine + ")", literalStart, true);
        }
        int line = lines.line(literalStart);
        return error("unterminated string literal (detected at line " + line + ")", literalStart, false);
    }

    // ---------------------------------------------------------------- operators

    private static final String[] OPERATORS3 = {"**=", "...", "//=", "<<=", ">>="};
    private static final String[] OPERATORS2 = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
    private static final String OPERATORS1 = "()[]{}:,;+-*/|&<>=.%~^@!";

    private void scanOperator() {
        int start = pos;
        for (String op : OPERATORS3) {
            if (src.startsWith(op, pos) && pos + 3 <= end) {
                pos += 3;
                add(TokenKind.OP, start, pos, op, null);
                return;
            }
        }
        for (String op : OPERATORS2) {
            if (src.startsWith(op, pos) && pos + 2 <= end) {
                pos += 2;
                add(TokenKind.OP, start, pos, op, null);
                return;
            }
        }
        char c = src.charAt(pos);
        if (OPERATORS1.indexOf(c) < 0) {
            int cp = src.codePointAt(pos);
            throw invalidCharacter(cp, pos);
        }
        pos++;
        if (c == '(' || c == '[' || c == '{') {
            brackets.add(new int[]{c, start});
        } else if (c == ')' || c == ']' || c == '}') {
            if (brackets.isEmpty()) {
                throw error("unmatched '" + c + "'", start, false);
            }
            int[] open = brackets.remove(brackets.size() - 1);
            char expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
            if (c != expected) {
                int openLine = lines.line(open[1]);
                int closeLine = lines.line(start);
                String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open[0] + "'";
                if (openLine != closeLine) {
                    msg += " on line " + openLine;
                }
                throw error(msg, start, false);
            }
        }
        add(TokenKind.OP, start, pos, String.valueOf(c), null);
    }

    // ---------------------------------------------------------------- helpers

    private void add(TokenKind kind, int start, int stop, String text, Object value) {
        tokens.add(new Token(kind, start, stop, text, value));
    }

    SyntaxErrorException error(String message, int at, boolean incomplete) {
        int line = lines.line(Math.min(at, src.length()));
        int col = lines.codePointColumn(Math.min(at, src.length())) + 1;
        return new SyntaxErrorException(Kind.SYNTAX_ERROR, message, line, col, line, col, lines.lineText(line), incomplete);
    }

    SourceLines lines() {
        return lines;
    }
}
