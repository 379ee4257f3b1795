package dev.taipan.parser;

import dev.taipan.parser.ast.Mod;

/** Entry point of the front end: Python source text to AST. */
public final class Parser {
    private Parser() {
    }

    /**
     * Parses {@code source} as {@code mode}; throws {@link SyntaxErrorException} with CPython's
     * message and position on invalid input.
     */
    public static Mod parse(String source, InputMode mode) {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
