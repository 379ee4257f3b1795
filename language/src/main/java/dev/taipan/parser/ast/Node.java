package dev.taipan.parser.ast;

/**
 * Every AST node that CPython gives a position: its extent as char offsets into the source text
 * ({@code start} inclusive, {@code end} exclusive). Line numbers and CPython's UTF-8 column
 * offsets are derived from these through {@link dev.taipan.parser.SourceLines}; the compiler feeds
 * the offsets straight into Truffle source sections.
 */
public interface Node {
    int start();

    int end();
}
