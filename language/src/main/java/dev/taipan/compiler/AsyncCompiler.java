package dev.taipan.compiler;

import dev.taipan.parser.ast.Stmt;

/** async for / async with (awaiting __anext__ / __aenter__ / __aexit__). */
final class AsyncCompiler {
    private final CodeGenerator g;

    AsyncCompiler(CodeGenerator g) {
        this.g = g;
    }

    void emitAsyncFor(Stmt.For f) {
        throw g.errors().at(f, "'async for' is not supported yet");
    }

    void emitAsyncWith(Stmt.With w) {
        throw g.errors().at(w, "'async with' is not supported yet");
    }
}
