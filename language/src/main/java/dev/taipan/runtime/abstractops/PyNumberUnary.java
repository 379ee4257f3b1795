package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.ComplexMath;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.types.PythonClass;

/** Unary {@code -}, {@code +}, {@code ~} and {@code abs()}. */
public final class PyNumberUnary {
    private PyNumberUnary() {
    }

    public enum Op {
        NEG("-", "__neg__"),
        POS("+", "__pos__"),
        INVERT("~", "__invert__"),
        ABS("abs()", "__abs__");

        public final String symbol;
        public final String dunder;

        Op(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }
    }

    @TruffleBoundary
    public static Object execute(Object v, Op op) {
        if (IntMath.isInt(v)) {
            return switch (op) {
                case NEG -> IntMath.neg(v);
                case POS -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
                case INVERT -> IntMath.invert(v);
                case ABS -> IntMath.abs(v);
            };
        }
        if (v instanceof Double d) {
            switch (op) {
                case NEG:
                    return -d;
                case POS:
                    return d;
                case ABS:
                    return Math.abs(d);
                default:
                    break;
            }
        }
        if (v instanceof PComplex c && c.getExplicitClass() == null) {
            switch (op) {
                case NEG:
                    return new PComplex(-c.real, -c.imag);
                case POS:
                    return c;
                case ABS:
                    return ComplexMath.abs(c);
                default:
                    break;
            }
        }
        PythonClass type = PyObjectGetClass.get(v);
        Object m = type.lookup(op.dunder);
        if (m == null) {
            if (op == Op.ABS) {
                throw PythonErrors.typeError("bad operand type for abs(): '%s'", type.getName());
            }
            throw PythonErrors.typeError("bad operand type for unary %s: '%s'", op.symbol, type.getName());
        }
        return CallDispatch.callMethod(m, v);
    }
}
