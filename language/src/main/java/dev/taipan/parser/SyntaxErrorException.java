package dev.taipan.parser;

/**
 * A compile-time error in Python source, carrying what CPython's SyntaxError carries. The front end
 * knows nothing of runtime objects; the runtime turns this into a Python SyntaxError,
 * IndentationError or TabError instance.
 */
public final class SyntaxErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class to raise. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    /** 1-based line of the error. */
    public final int lineno;
    /** 1-based column in code points, like CPython's SyntaxError.offset (0 when unknown). */
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The offending source line including its line terminator, or null. */
    public final String text;
    /**
     * True when the input ended while something was still open (a bracket, a triple-quoted
     * string, a block expecting its body): an interactive reader should ask for more lines.
     */
    public final boolean incompleteInput;

    public SyntaxErrorException(Kind kind, String message, int lineno, int offset, int endLineno, int endOffset, String text, boolean incompleteInput) {
        super(message, null, false, false);
        this.kind = kind;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
        this.incompleteInput = incompleteInput;
    }

    /** The same error, with {@link #incompleteInput} as given. */
    SyntaxErrorException withIncompleteInput(boolean incomplete) {
        if (incomplete == incompleteInput) {
            return this;
        }
        return new SyntaxErrorException(kind, getMessage(), lineno, offset, endLineno, endOffset, text, incomplete);
    }

    @Override
    public String toString() {
        return kind.pythonName + ": " + getMessage() + " (line " + lineno + ", offset " + offset + ")";
    }
}
