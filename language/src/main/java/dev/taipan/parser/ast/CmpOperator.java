package dev.taipan.parser.ast;

/** Comparison operators. */
public enum CmpOperator {
    EQ("==", "Eq"),
    NOTEQ("!=", "NotEq"),
    LT("<", "Lt"),
    LTE("<=", "LtE"),
    GT(">", "Gt"),
    GTE(">=", "GtE"),
    IS("is", "Is"),
    ISNOT("is not", "IsNot"),
    IN("in", "In"),
    NOTIN("not in", "NotIn");

    public final String symbol;
    public final String astName;

    CmpOperator(String symbol, String astName) {
        this.symbol = symbol;
        this.astName = astName;
    }
}
