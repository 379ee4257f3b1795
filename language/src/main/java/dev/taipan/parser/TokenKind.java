package dev.taipan.parser;

/** Token kinds of the tokenizer (CPython's token module, with keywords kept as NAME). */
public enum TokenKind {
    NAME,
    NUMBER,
    /** A string literal (any prefix but f); value is its decoded String or BytesConstant. */
    STRING,
    /** A whole f-string literal (the parser splits it into parts). */
    FSTRING,
    /** An operator or delimiter; text in {@link Token#op()}. */
    OP,
    NEWLINE,
    INDENT,
    DEDENT,
    ENDMARKER,
    /** Where the tokenizer failed; its value is the SyntaxErrorException, thrown when the parser gets there. */
    ERROR
}
