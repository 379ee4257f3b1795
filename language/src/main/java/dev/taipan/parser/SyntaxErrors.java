package dev.taipan.parser;

import dev.taipan.parser.SyntaxErrorException.Kind;

/**
 * Builds {@link SyntaxErrorException}s with CPython's positions for one source text: 1-based lines
 * and 1-based code-point offsets.
 */
final class SyntaxErrors {
    final String source;
    final SourceLines lines;
    /** Set when the tokenizer ran out of input inside something still open (its error then says so). */
    boolean incompleteInput;
    /** Where warnings go (null: not wanted); a backtracking parser may see a token twice, so each is kept once. */
    java.util.List<CompileWarning> warnings;

    SyntaxErrors(String source) {
        this(new SourceLines(source));
    }

    SyntaxErrors(SourceLines lines) {
        this.source = lines.text();
        this.lines = lines;
    }

    /** A SyntaxWarning about the source at {@code offset}. */
    void warn(String message, int offset) {
        if (warnings != null) {
            CompileWarning w = new CompileWarning(message, line(offset));
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
    }

    /** 1-based line of a char offset (offsets past the end belong to the last line). */
    int line(int offset) {
        return lines.line(Math.min(offset, source.length()));
    }

    /** Code points from the start of {@code line} to the char offset (which may lie one past the end: a virtual newline). */
    int columnIn(int line, int offset) {
        int s = lines.lineStart(line);
        int e = Math.min(offset, source.length());
        int n = e >= s ? source.codePointCount(s, e) : 0;
        return offset > source.length() ? n + (offset - source.length()) : n;
    }

    /** 0-based code-point column of an offset on its own line. */
    int column(int offset) {
        return columnIn(line(offset), offset);
    }

    /** The line where a tokenizer positioned at {@code cur} is: the line of the last char it read. */
    int currentLine(int cur) {
        return cur == 0 ? 1 : line(cur - 1);
    }

    /** The text of a 1-based line with '\n' as terminator (CPython normalises line endings). */
    String lineText(int line, boolean withNewline) {
        if (line < 1 || line > lines.lineCount()) {
            return withNewline ? "\n" : "";
        }
        String t = lines.lineText(line);
        int n = t.length();
        while (n > 0 && (t.charAt(n - 1) == '\n' || t.charAt(n - 1) == '\r')) {
            n--;
        }
        t = t.substring(0, n);
        return withNewline ? t + "\n" : t;
    }

    SyntaxErrorException make(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset, boolean textWithNewline) {
        return new SyntaxErrorException(kind, msg, lineno, offset, endLineno, endOffset, lineText(lineno, textWithNewline), incompleteInput);
    }

    /**
     * A parser error: like CPython, offsets are clamped to one past the end of the error line
     * (end offsets too, even when the range ends on a later line).
     */
    SyntaxErrorException parserError(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset) {
        String text = lineText(lineno, true);
        int max = text.codePointCount(0, text.length()) + 1;
        return new SyntaxErrorException(kind, msg, lineno, Math.min(offset, max), endLineno, Math.min(endOffset, max), text, incompleteInput);
    }

    /** An error covering the char range [start, end): what RAISE_SYNTAX_ERROR_KNOWN_RANGE reports. */
    SyntaxErrorException range(Kind kind, String msg, int start, int end) {
        int l = line(start);
        int el = line(end);
        return parserError(kind, msg, l, columnIn(l, start) + 1, el, columnIn(el, end) + 1);
    }

    SyntaxErrorException range(String msg, int start, int end) {
        return range(Kind.SYNTAX_ERROR, msg, start, end);
    }

    /** An error from {@code start} to where the tokenizer is, as RAISE_SYNTAX_ERROR_STARTING_FROM. */
    SyntaxErrorException startingFrom(String msg, int start, int tokenizerPos) {
        int l = line(start);
        int el = currentLine(tokenizerPos);
        return parserError(Kind.SYNTAX_ERROR, msg, l, columnIn(l, start) + 1, el, columnIn(el, tokenizerPos));
    }

    /** A tokenizer error: the offset is the number of code points before {@code cur} on the line. */
    SyntaxErrorException tokenizer(Kind kind, String msg, int line, int cur) {
        int col = columnIn(line, cur);
        return make(kind, msg, line, col, line, col, false);
    }
}
