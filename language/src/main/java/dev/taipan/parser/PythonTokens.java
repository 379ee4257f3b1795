package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The token stream as Python's tokenize module sees it (CPython's C tokenizer with
 * extra_tokens): the parser's tokens plus COMMENT and NL, each with 1-based lines, 0-based
 * code-point columns and the physical line(s) it is on.
 */
public final class PythonTokens {
    private PythonTokens() {
    }

    /** One token: {@code kind} is the token module's name for it (OP-level names for operators). */
    public record Info(String kind, String string, int startLine, int startCol, int endLine, int endCol, String line) {
    }

    /** Tokenizes a whole source; a tokenizer error is thrown as SyntaxErrorException after the tokens before it. */
    public static List<Info> tokenize(String source, List<Info> out) {
        SyntaxErrors errors = new SyntaxErrors(source);
        Tokenizer tokenizer = new Tokenizer(source, errors, InputMode.FILE);
        tokenizer.extraTokens = true;
        Token[] tokens = tokenizer.tokenize();
        SourceLines lines = new SourceLines(source);
        int n = lines.lineCount();
        // the line after the last one, where CPython puts the final DEDENTs and ENDMARKER
        int afterLast = source.isEmpty() || source.endsWith("\n") || source.endsWith("\r") ? n : n + 1;
        for (Token t : tokens) {
            if (t.kind == TokenKind.ERRORTOKEN) {
                if (tokenizer.errorIsUnclosedBracket) {
                    // the C tokenizer's own words for it; "'(' was never closed" is the parser's
                    int last = lines.line(Math.max(0, source.length() - 1));
                    throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "unexpected EOF in multi-line statement", last, 0, last, 0, null, true);
                }
                throw tokenizer.error;
            }
            int sl = lines.line(t.start);
            int el = lines.line(Math.max(t.start, t.end - 1));
            String string;
            String lineText;
            int sc;
            int ec;
            switch (t.kind) {
                case ENDMARKER -> {
                    out.add(new Info("ENDMARKER", "", afterLast, 0, afterLast, 0, ""));
                    continue;
                }
                case DEDENT, INDENT -> {
                    if (t.start >= source.length()) {
                        out.add(new Info(t.kind.name(), "", afterLast, 0, afterLast, 0, ""));
                        continue;
                    }
                    string = t.kind == TokenKind.INDENT ? source.substring(lines.lineStart(sl), t.start) : "";
                    sc = t.kind == TokenKind.INDENT ? 0 : lines.codePointColumn(t.start);
                    ec = lines.codePointColumn(t.start);
                    lineText = lines.lineText(sl);
                    out.add(new Info(t.kind.name(), string, sl, sc, sl, ec, lineText));
                    continue;
                }
                case NEWLINE, NL -> {
                    if (t.start >= source.length()) {
                        // the newline CPython supplies after a last line without one
                        String text = lines.lineText(n);
                        int col = text.codePointCount(0, text.length());
                        out.add(new Info(t.kind.name(), "", n, col, n, col + 1, text));
                        continue;
                    }
                    string = source.substring(t.start, Math.min(t.end, source.length()));
                    sc = lines.codePointColumn(t.start);
                    out.add(new Info(t.kind.name(), string, sl, sc, sl, sc + 1, lines.lineText(sl)));
                    continue;
                }
                default -> {
                    string = source.substring(t.start, Math.min(t.end, source.length()));
                    sc = lines.codePointColumn(t.start);
                    ec = t.end > source.length() ? lines.codePointColumn(source.length()) : columnAfter(lines, t.end);
                    StringBuilder text = new StringBuilder();
                    for (int l = sl; l <= el; l++) {
                        text.append(lines.lineText(l));
                    }
                    lineText = text.toString();
                }
            }
            String kind = t.kind.isKeyword() ? "NAME" : t.kind.text != null ? "OP" : t.kind.name();
            out.add(new Info(kind, string, sl, sc, el, ec, lineText));
        }
        return out;
    }

    /** The column just after the character ending at {@code end} (on that character's line). */
    private static int columnAfter(SourceLines lines, int end) {
        int line = lines.line(end - 1);
        return lines.text().codePointCount(lines.lineStart(line), end);
    }
}
