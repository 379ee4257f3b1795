package dev.taipan.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;

/**
 * Arithmetic between the builtin numeric types (int incl. bool, float, complex, and instances of
 * their subclasses): what int.__add__, float.__mul__, ... compute. Returns null when an operand
 * is not a number the operation accepts (the dunder then returns NotImplemented).
 */
public final class NumberArithmetic {
    private NumberArithmetic() {
    }

    /** Unwraps int/float subclass instances; other values pass through. */
    public static Object unwrap(Object o) {
        if (o instanceof PPrimitiveObject p && !(p.getValue() instanceof String)) {
            return p.getValue();
        }
        return o;
    }

    @TruffleBoundary
    public static Object binary(BinaryOp op, Object v0, Object w0) {
        Object v = unwrap(v0);
        Object w = unwrap(w0);
        boolean vi = IntMath.isInt(v);
        boolean wi = IntMath.isInt(w);
        if (vi && wi) {
            return intOp(op, v, w);
        }
        boolean vf = v instanceof Double;
        boolean wf = w instanceof Double;
        if ((vf || vi) && (wf || wi)) {
            return floatOp(op, vf ? (Double) v : IntMath.toDouble(v), wf ? (Double) w : IntMath.toDouble(w));
        }
        boolean vc = v instanceof PComplex;
        boolean wc = w instanceof PComplex;
        if ((vc || vf || vi) && (wc || wf || wi) && (vc || wc)) {
            return complexOp(op, toComplex(v), toComplex(w));
        }
        return null;
    }

    private static PComplex toComplex(Object o) {
        if (o instanceof PComplex c) {
            return c;
        }
        return new PComplex(o instanceof Double d ? d : IntMath.toDouble(o), 0.0);
    }

    private static Object intOp(BinaryOp op, Object v, Object w) {
        return switch (op) {
            case ADD -> IntMath.add(v, w);
            case SUB -> IntMath.sub(v, w);
            case MUL -> IntMath.mul(v, w);
            case TRUEDIV -> IntMath.trueDiv(v, w);
            case FLOORDIV -> IntMath.floorDiv(v, w);
            case MOD -> IntMath.mod(v, w);
            case POW -> IntMath.pow(v, w);
            case LSHIFT -> IntMath.lshift(v, w);
            case RSHIFT -> IntMath.rshift(v, w);
            case AND -> v instanceof Boolean a && w instanceof Boolean b ? (Object) (a & b) : IntMath.and(v, w);
            case OR -> v instanceof Boolean a && w instanceof Boolean b ? (Object) (a | b) : IntMath.or(v, w);
            case XOR -> v instanceof Boolean a && w instanceof Boolean b ? (Object) (a ^ b) : IntMath.xor(v, w);
            case DIVMOD -> PTuple.of(IntMath.divmod(v, w));
            case MATMUL -> null;
        };
    }

    private static Object floatOp(BinaryOp op, double v, double w) {
        return switch (op) {
            case ADD -> v + w;
            case SUB -> v - w;
            case MUL -> v * w;
            case TRUEDIV -> FloatMath.div(v, w);
            case FLOORDIV -> FloatMath.floorDiv(v, w);
            case MOD -> FloatMath.mod(v, w);
            case POW -> FloatMath.pow(v, w);
            case DIVMOD -> {
                double[] r = FloatMath.divmod(v, w);
                yield PTuple.of(r[0], r[1]);
            }
            default -> null;
        };
    }

    private static Object complexOp(BinaryOp op, PComplex v, PComplex w) {
        return switch (op) {
            case ADD -> ComplexMath.add(v, w);
            case SUB -> ComplexMath.sub(v, w);
            case MUL -> ComplexMath.mul(v, w);
            case TRUEDIV -> ComplexMath.div(v, w);
            case POW -> ComplexMath.pow(v, w);
            default -> null;
        };
    }
}
