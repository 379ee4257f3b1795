package dev.taipan.compiler;

import dev.taipan.parser.SyntaxErrorException;
import dev.taipan.parser.ast.Node;

/** SyntaxErrors the compiler itself detects ('return' outside function, 'break' outside loop, ...). */
final class SyntaxErrors {
    private final CompilationUnit unit;

    SyntaxErrors(CompilationUnit unit) {
        this.unit = unit;
    }

    SyntaxErrorException at(Node node, String message) {
        return unit.symtable.error(message, node);
    }
}
