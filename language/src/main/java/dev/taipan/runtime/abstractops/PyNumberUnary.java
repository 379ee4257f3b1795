package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.Warnings;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.ComplexMath;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.types.BuiltinType;
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

    private static final String BOOL_INVERT_DEPRECATED = "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int object " +
                    "and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the " +
                    "bitwise inversion of the underlying int.";

    /** 3.12 deprecates ~ on bool (it inverts the int: ~True is -2). */
    @TruffleBoundary
    public static void warnBoolInvert() {
        Warnings.warn(BuiltinType.DEPRECATION_WARNING, BOOL_INVERT_DEPRECATED);
    }

    @TruffleBoundary
    public static Object execute(Object v, Op op) {
        if (IntMath.isInt(v)) {
            return switch (op) {
                case NEG -> IntMath.neg(v);
                case POS -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
                case INVERT -> {
                    if (v instanceof Boolean) {
                        warnBoolInvert();
                    }
                    yield IntMath.invert(v);
                }
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
        if (m == null && WeakRefs.isProxy(v)) {
            return execute(WeakRefs.throughProxy(v), op);
        }
        if (m == null) {
            if (op == Op.ABS) {
                throw PythonErrors.typeError("bad operand type for abs(): '%s'", type.getName());
            }
            throw PythonErrors.typeError("bad operand type for unary %s: '%s'", op.symbol, type.getName());
        }
        return CallDispatch.callMethod(m, v);
    }
}
