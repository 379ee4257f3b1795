package dev.taipan.parser.ast;

/** Binary arithmetic operators, with the symbol CPython prints in error messages. */
public enum Operator {
    ADD("+", "Add"),
    SUB("-", "Sub"),
    MULT("*", "Mult"),
    MATMULT("@", "MatMult"),
    DIV("/", "Div"),
    MOD("%", "Mod"),
    POW("**", "Pow"),
    LSHIFT("<<", "LShift"),
    RSHIFT(">>", "RShift"),
    BITOR("|", "BitOr"),
    BITXOR("^", "BitXor"),
    BITAND("&", "BitAnd"),
    FLOORDIV("//", "FloorDiv");

    public final String symbol;
    /** The class name in CPython's {@code ast} module. */
    public final String astName;

    Operator(String symbol, String astName) {
        this.symbol = symbol;
        this.astName = astName;
    }
}
