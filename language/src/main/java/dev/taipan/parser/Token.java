package dev.taipan.parser;

/**
 * One token: its kind and its extent as char offsets into the source. NEWLINE, INDENT, DEDENT and
 * ENDMARKER are empty ({@code start == end}).
 */
public final class Token {
    public final TokenKind kind;
    public final int start;
    public final int end;
    /**
     * NAME: the identifier (NFKC-normalised); NUMBER, STRING, FSTRING_START, FSTRING_MIDDLE and
     * FSTRING_END: the source text; null for the others.
     */
    public final String text;
    /** Bracket nesting depth after this token, as CPython's token level. */
    public final int level;
    /**
     * For the '!', ':' and '}' that end an f-string replacement field with a '=' debug specifier:
     * the expression text that the '=' displays.
     */
    String debugText;
    /**
     * CPython gives this token no column (the NEWLINE that stands for the end of input in "single"
     * mode); errors on it report where the tokenizer stood.
     */
    final boolean noColumn;

    Token(TokenKind kind, int start, int end, String text, int level) {
        this(kind, start, end, text, level, false);
    }

    Token(TokenKind kind, int start, int end, String text, int level, boolean noColumn) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.level = level;
        this.noColumn = noColumn;
    }

    @Override
    public String toString() {
        return kind + (text != null ? "(" + text + ")" : kind.text != null ? "(" + kind.text + ")" : "") + "@" + start + ".." + end;
    }
}
