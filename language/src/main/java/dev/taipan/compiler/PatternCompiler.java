package dev.taipan.compiler;

import dev.taipan.parser.ast.Stmt;

/** The match statement (PEP 634). */
final class PatternCompiler {
    private final CodeGenerator g;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    void emitMatch(Stmt.Match m) {
        throw g.errors().at(m, "the match statement is not supported yet");
    }
}
