package dev.taipan.parser.ast;

/** A PEP 695 type parameter: {@code T}, {@code T: bound}, {@code *Ts} or {@code **P}. */
public sealed interface TypeParam extends Node {

    String name();

    record TypeVar(int start, int end, String name, Expr bound) implements TypeParam {
    }

    record ParamSpec(int start, int end, String name) implements TypeParam {
    }

    record TypeVarTuple(int start, int end, String name) implements TypeParam {
    }
}
