package dev.taipan.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;

import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ImaginaryConstant;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.UnaryOperator;
import dev.taipan.runtime.numbers.ComplexMath;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.strings.StringOps;

/**
 * A mapping pattern's literal key as CPython's compiler compares keys for duplicates: its value
 * after constant folding ({@code -1}, {@code 1+2j}) under Python equality (0 == 0.0 == False,
 * 'a' != b'a'), and its repr for the error message. Value patterns (attribute lookups) and
 * f-strings have none.
 */
record LiteralKey(Object value, String repr) {

    /** A number folded to its real and imaginary parts, each exact (BigDecimal) or infinite (Double). */
    private record Number(Object real, Object imag) {
    }

    static LiteralKey of(Expr key) {
        if (key instanceof Expr.Constant c) {
            return switch (c.value()) {
                case String s -> new LiteralKey(s, StringOps.repr(s));
                case BytesConstant b -> new LiteralKey(b, b.toString());
                case ConstantSingleton s -> new LiteralKey(s, s.repr);
                case Boolean b -> new LiteralKey(integer(BigInteger.valueOf(b ? 1 : 0)), b ? "True" : "False");
                default -> number(c.value(), false);
            };
        }
        if (key instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USUB && u.operand() instanceof Expr.Constant c) {
            return number(c.value(), true);
        }
        if (key instanceof Expr.BinOp b && (b.op() == Operator.ADD || b.op() == Operator.SUB) && b.right() instanceof Expr.Constant im &&
                        im.value() instanceof ImaginaryConstant imag) {
            double real = b.left() instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c ? -toDouble(c.value())
                            : b.left() instanceof Expr.Constant c ? toDouble(c.value()) : Double.NaN;
            double i = b.op() == Operator.SUB ? -imag.imag() : imag.imag();
            return new LiteralKey(new Number(part(real), part(i)), ComplexMath.repr(real, i));
        }
        return null;
    }

    private static LiteralKey number(Object v, boolean negate) {
        return switch (v) {
            case Long l -> {
                BigInteger i = negate ? BigInteger.valueOf(l).negate() : BigInteger.valueOf(l);
                yield new LiteralKey(integer(i), i.toString());
            }
            case BigInteger big -> {
                BigInteger i = negate ? big.negate() : big;
                yield new LiteralKey(integer(i), i.toString());
            }
            case Double d -> {
                double x = negate ? -d : d;
                yield new LiteralKey(new Number(part(x), part(0.0)), FloatRepr.repr(x));
            }
            case ImaginaryConstant im -> {
                double real = negate ? -0.0 : 0.0;
                double imag = negate ? -im.imag() : im.imag();
                yield new LiteralKey(new Number(part(real), part(imag)), ComplexMath.repr(real, imag));
            }
            default -> null;
        };
    }

    private static Number integer(BigInteger i) {
        return new Number(exact(new BigDecimal(i)), part(0.0));
    }

    private static Object part(double d) {
        return Double.isInfinite(d) || Double.isNaN(d) ? (Object) d : exact(new BigDecimal(d));
    }

    /** One representation per value, so that equals compares values (2.0 and 2, 0.0 and -0.0). */
    private static BigDecimal exact(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    private static double toDouble(Object v) {
        return switch (v) {
            case Long l -> l;
            case BigInteger i -> i.doubleValue();
            case Double d -> d;
            default -> Double.NaN;
        };
    }
}
