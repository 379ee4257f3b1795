package dev.taipan.parser.ast;

/** A keyword argument in a call or class definition; {@code arg} is null for {@code **mapping}. */
public record Keyword(int start, int end, String arg, Expr value) implements Node {
}
