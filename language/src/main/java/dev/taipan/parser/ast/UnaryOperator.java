package dev.taipan.parser.ast;

/** Unary operators. */
public enum UnaryOperator {
    INVERT("~", "Invert"),
    NOT("not", "Not"),
    UADD("+", "UAdd"),
    USUB("-", "USub");

    public final String symbol;
    public final String astName;

    UnaryOperator(String symbol, String astName) {
        this.symbol = symbol;
        this.astName = astName;
    }
}
