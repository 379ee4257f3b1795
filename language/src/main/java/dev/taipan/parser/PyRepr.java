package dev.taipan.parser;

import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.strings.StringOps;

/** Python's repr() of the constant values an AST can hold (for AstDump and error messages). */
public final class PyRepr {
    private PyRepr() {
    }

    public static String str(String s) {
        return StringOps.repr(s);
    }

    /** repr of any AST constant value. */
    public static String constant(Object v) {
        if (v instanceof String s) {
            return str(s);
        } else if (v instanceof BytesConstant b) {
            return BytesOps.repr(b.bytes(), b.bytes().length);
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (v instanceof dev.taipan.parser.ast.ImaginaryConstant c) {
            return FloatRepr.reprNoDot(c.imag()) + "j";
        } else if (v instanceof dev.taipan.parser.ast.ConstantSingleton s) {
            return s.repr;
        }
        return String.valueOf(v);
    }
}
