package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.NumberCompare;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.numbers.NumberArithmetic;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The arithmetic and comparison dunders of int, float and complex: each type accepts the
 * operand types its C implementation accepts (int only ints, float ints and floats, complex all
 * three) and returns NotImplemented otherwise, so the reflected method gets its turn.
 */
public final class NumberDunders {
    private NumberDunders() {
    }

    /** Which operands a type's dunders accept: 0 int, 1 float, 2 complex. */
    static int rank(BuiltinType type) {
        return switch (type) {
            case INT, BOOL -> 0;
            case FLOAT -> 1;
            default -> 2;
        };
    }

    /** 0 int, 1 float, 2 complex, -1 not a number (subclass instances unwrapped). */
    static int rankOf(Object o) {
        Object v = NumberArithmetic.unwrap(o);
        if (IntMath.isInt(v)) {
            return 0;
        }
        if (v instanceof Double) {
            return 1;
        }
        if (v instanceof PComplex) {
            return 2;
        }
        return -1;
    }

    static void checkSelf(Object self, BuiltinType type, String name) {
        int r = rankOf(self);
        if (r != rank(type) && !(type == BuiltinType.BOOL && r == 0)) {
            throw PythonErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", name, type.pythonName, PyObjectGetClass.typeName(self));
        }
    }

    @TruffleBoundary
    public static Object binary(BuiltinType type, BinaryOp op, boolean reflected, Object self, Object other) {
        checkSelf(self, type, reflected ? op.reflected : op.dunder);
        int r = rankOf(other);
        if (r < 0 || r > rank(type)) {
            return PNotImplemented.INSTANCE;
        }
        Object result = reflected ? NumberArithmetic.binary(op, other, self) : NumberArithmetic.binary(op, self, other);
        return result == null ? PNotImplemented.INSTANCE : result;
    }

    @TruffleBoundary
    public static Object compare(BuiltinType type, CompareOp op, Object self, Object other) {
        checkSelf(self, type, op.dunder);
        int r = rankOf(other);
        if (r < 0 || r > rank(type)) {
            return PNotImplemented.INSTANCE;
        }
        Object a = NumberArithmetic.unwrap(self);
        Object b = NumberArithmetic.unwrap(other);
        if (a instanceof PComplex || b instanceof PComplex) {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return PNotImplemented.INSTANCE;
            }
            PComplex x = a instanceof PComplex c ? c : new PComplex(a instanceof Double d ? d : IntMath.toDouble(a), 0);
            PComplex y = b instanceof PComplex c ? c : new PComplex(b instanceof Double d ? d : IntMath.toDouble(b), 0);
            boolean eq = x.real == y.real && x.imag == y.imag;
            return op == CompareOp.EQ ? eq : !eq;
        }
        if (IntMath.isInt(a) && IntMath.isInt(b)) {
            return op.test(IntMath.compare(a, b));
        }
        return NumberCompare.compareMixed(a, b, op);
    }
}
