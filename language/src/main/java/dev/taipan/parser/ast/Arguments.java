package dev.taipan.parser.ast;

import java.util.List;

/**
 * A parameter list. {@code kwDefaults} is parallel to {@code kwonlyargs} (null entries for
 * keyword-only parameters without a default); {@code defaults} belong to the last positional
 * parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
