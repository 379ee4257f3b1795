package dev.taipan.runtime.abstractops;

/** The six rich comparisons with their dunder names and reflections. */
public enum CompareOp {
    LT("__lt__", "<"),
    LE("__le__", "<="),
    EQ("__eq__", "=="),
    NE("__ne__", "!="),
    GT("__gt__", ">"),
    GE("__ge__", ">=");

    public final String dunder;
    public final String symbol;

    CompareOp(String dunder, String symbol) {
        this.dunder = dunder;
        this.symbol = symbol;
    }

    /** The operation with swapped operands: a < b is b > a. */
    public CompareOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies the operation to the result of a three-way comparison. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
