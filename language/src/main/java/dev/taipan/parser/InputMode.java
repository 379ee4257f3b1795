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
     * What the REPL has read so far: parsed like SINGLE, but a compound statement is incomplete
     * until a blank line ends it, as with CPython's interactive tokenizer reading a terminal.
     */
    INTERACTIVE;

    /** Whether the input is one statement whose expression value is echoed through sys.displayhook. */
    public boolean isInteractive() {
        return this == SINGLE || this == INTERACTIVE;
    }
}
