package dev.taipan.parser.ast;

/** A name in an import statement: {@code name [as asname]}; name may be dotted or "*". */
public record Alias(int start, int end, String name, String asname) implements Node {
}
