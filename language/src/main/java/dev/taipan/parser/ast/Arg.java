package dev.taipan.parser.ast;

/** One parameter, with its optional annotation. */
public record Arg(int start, int end, String arg, Expr annotation) implements Node {
}
