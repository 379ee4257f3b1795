package dev.taipan.parser.ast;

/** {@code and} / {@code or}. */
public enum BoolOperator {
    AND("And"),
    OR("Or");

    public final String astName;

    BoolOperator(String astName) {
        this.astName = astName;
    }
}
