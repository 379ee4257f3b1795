package dev.taipan.parser;

/** What a source text is parsed as: the {@code mode} argument of {@code compile()}. */
public enum InputMode {
    /** "exec": a module, a script, the argument of exec(). */
    FILE,
    /** "eval": a single expression. */
    EVAL,
    /** "single": one interactive statement (REPL input); expression statements echo their value. */
    SINGLE,
    /**
     * A line typed at the REPL: like SINGLE, but a compound statement is incomplete until a
     * blank line ends it, as in CPython's interactive tokenizer.
     */
    INTERACTIVE;

    /** Whether expression statements echo their value through sys.displayhook. */
    public boolean isInteractive() {
        return this == SINGLE || this == INTERACTIVE;
    }
}
