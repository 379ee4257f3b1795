package dev.taipan.parser.ast;

/** The constant values that are neither numbers nor strings. */
public enum ConstantSingleton {
    NONE("None"),
    ELLIPSIS("Ellipsis");

    public final String repr;

    ConstantSingleton(String repr) {
        this.repr = repr;
    }
}
