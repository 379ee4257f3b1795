package dev.taipan.parser;

/** What a source text is parsed as: the {@code mode} argument of {@code compile()}. */
public enum InputMode {
    /** "exec": a module, a script, the argument of exec(). */
    FILE,
    /** "eval": a single expression. */
    EVAL,
    /** "single": one interactive statement (REPL input); expression statements echo their value. */
    SINGLE
}
