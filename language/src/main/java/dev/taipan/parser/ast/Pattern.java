package dev.taipan.parser.ast;

import java.util.List;

/** Patterns of the match statement (PEP 634), one record per CPython {@code ast} pattern class. */
public sealed interface Pattern extends Node {

    record MatchValue(int start, int end, Expr value) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}; value is ConstantSingleton.NONE or a Boolean. */
    record MatchSingleton(int start, int end, Object value) implements Pattern {
    }

    record MatchSequence(int start, int end, List<Pattern> patterns) implements Pattern {
    }

    /** {@code rest} is the name after {@code **}, or null. */
    record MatchMapping(int start, int end, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {
    }

    record MatchClass(int start, int end, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns) implements Pattern {
    }

    /** {@code *name}; name is null for {@code *_}. */
    record MatchStar(int start, int end, String name) implements Pattern {
    }

    /** {@code pattern as name}; both null for the wildcard {@code _}, pattern null for a capture. */
    record MatchAs(int start, int end, Pattern pattern, String name) implements Pattern {
    }

    record MatchOr(int start, int end, List<Pattern> patterns) implements Pattern {
    }
}
