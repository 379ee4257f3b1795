package dev.taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyNumberUnary;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.numbers.IntParsing;
import dev.taipan.runtime.numbers.NumberArithmetic;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The non-operator methods of {@code int}. */
public final class IntBuiltins {
    private IntBuiltins() {
    }

    /** The int value of self (unwrapping subclass instances), or a TypeError. */
    static Object value(Object self, String method) {
        Object v = NumberArithmetic.unwrap(self);
        if (!IntMath.isInt(v)) {
            throw PythonErrors.typeError("descriptor '%s' requires a 'int' object but received a '%s'", method, PyObjectGetClass.typeName(self));
        }
        return v instanceof Boolean b ? (b ? 1L : 0L) : v;
    }

    @Builtin(name = "__new__", params = {"cls", "x", "base"}, required = 1, posOnly = 2, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object x, Object base) {
            PythonClass cls = (PythonClass) clsObj;
            Object value = convert(x, base);
            if (cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.INT) {
                return value;
            }
            if (!cls.isSubtypeOfBuiltin(BuiltinType.INT)) {
                throw PythonErrors.typeError("int.__new__(%s): %s is not a subtype of int", cls.getName(), cls.getName());
            }
            return new PPrimitiveObject(cls, BuiltinType.INT, value);
        }

        static Object convert(Object x, Object base) {
            if (x == PNone.NO_VALUE) {
                if (base != PNone.NO_VALUE) {
                    throw PythonErrors.typeError("int() missing string argument");
                }
                return 0L;
            }
            if (base != PNone.NO_VALUE) {
                // clamped as CPython's PyNumber_AsSsize_t (a huge base is out of range, not an
                // overflow), and checked before the argument's type
                long clamped = PyNumberConvert.asSize(base, null);
                IntParsing.checkBase(clamped);
                int b = (int) clamped;
                if (x instanceof PBytes || x instanceof dev.taipan.runtime.objects.PByteArray) {
                    return IntParsing.parseBytes(dev.taipan.runtime.bytes.BytesLike.require(x), b);
                }
                String s = textOf(x);
                if (s == null) {
                    throw PythonErrors.typeError("int() can't convert non-string with explicit base");
                }
                return IntParsing.parse(s, b);
            }
            Object ownInt = PyNumberConvert.overriddenBuiltinMethod(x, "__int__");
            if (ownInt != null) {
                return callInt(x, ownInt);
            }
            Object v = NumberArithmetic.unwrap(x);
            if (v instanceof Long || v instanceof BigInteger) {
                return v;
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (v instanceof Double d) {
                return IntMath.fromDouble(d);
            }
            String s = textOf(x);
            if (s != null) {
                return IntParsing.parse(s, 10);
            }
            if (dev.taipan.runtime.bytes.BytesLike.check(x)) {
                return IntParsing.parseBytes(dev.taipan.runtime.bytes.BytesLike.require(x), 10);
            }
            PythonClass type = PyObjectGetClass.get(x);
            Object m = type.lookup("__int__");
            if (m != null) {
                return callInt(x, m);
            }
            if (type.lookup("__index__") != null) {
                return PyNumberConvert.index(x);
            }
            Object trunc = type.lookup("__trunc__");
            if (trunc != null) {
                return PyNumberConvert.index(CallDispatch.callMethod(trunc, x));
            }
            throw PythonErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", type.getName());
        }

        private static Object callInt(Object x, Object m) {
            Object r = CallDispatch.callMethod(m, x);
            Object rv = NumberArithmetic.unwrap(r);
            if (!IntMath.isInt(rv)) {
                throw PythonErrors.typeError("__int__ returned non-int (type %s)", PyObjectGetClass.typeName(r));
            }
            return rv instanceof Boolean b ? (b ? 1L : 0L) : rv;
        }

        private static String textOf(Object x) {
            if (x instanceof String s) {
                return s;
            }
            String sv = PPrimitiveObject.strValue(x);
            if (sv != null) {
                return sv;
            }
            return null;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return IntMath.toString(value(self, "__repr__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.executeUncached(value(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            Object v = value(self, "__bool__");
            return v instanceof Long l ? l != 0 : ((BigInteger) v).signum() != 0;
        }
    }

    /** __index__, __int__, __trunc__, __floor__, __ceil__: the int itself. */
    abstract static class Identity extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return value(self, "__int__");
        }
    }

    @Builtin(name = "__index__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends Identity {
    }

    @Builtin(name = "__int__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IntNode extends Identity {
    }

    @Builtin(name = "__trunc__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends Identity {
    }

    @Builtin(name = "__floor__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends Identity {
    }

    @Builtin(name = "__ceil__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends Identity {
    }

    @Builtin(name = "conjugate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends Identity {
    }

    @Builtin(name = "__float__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFloat(Object self) {
            return IntMath.toDouble(value(self, "__float__"));
        }
    }

    @Builtin(name = "__neg__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNeg(Object self) {
            return IntMath.neg(value(self, "__neg__"));
        }
    }

    @Builtin(name = "__pos__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PosNode extends Identity {
    }

    @Builtin(name = "__abs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAbs(Object self) {
            return IntMath.abs(value(self, "__abs__"));
        }
    }

    @Builtin(name = "__invert__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class InvertNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInvert(Object self) {
            if (self instanceof Boolean) {
                PyNumberUnary.warnBoolInvert();
            }
            return IntMath.invert(value(self, "__invert__"));
        }
    }

    @Builtin(name = "__round__", params = {"self", "ndigits"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRound(Object self, Object ndigits) {
            Object v = value(self, "__round__");
            if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                return v;
            }
            long n = PyNumberConvert.asSize(ndigits, null);
            if (n >= 0) {
                return v;
            }
            // round half to even at 10**(-n)
            BigInteger pow = BigInteger.TEN.pow((int) Math.min(-n, 100000));
            BigInteger x = IntMath.big(v);
            BigInteger[] qr = x.divideAndRemainder(pow);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(pow);
            }
            int cmp = r.shiftLeft(1).compareTo(pow);
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return IntMath.normalize(q.multiply(pow));
        }
    }

    @Builtin(name = "bit_length", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBitLength(Object self) {
            Object v = value(self, "bit_length");
            if (v instanceof Long l) {
                return (long) (64 - Long.numberOfLeadingZeros(l == Long.MIN_VALUE ? l : Math.abs(l)));
            }
            return (long) ((BigInteger) v).abs().bitLength();
        }
    }

    @Builtin(name = "bit_count", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BitCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBitCount(Object self) {
            Object v = value(self, "bit_count");
            if (v instanceof Long l && l != Long.MIN_VALUE) {
                return (long) Long.bitCount(Math.abs(l));
            }
            return (long) IntMath.big(v).abs().bitCount();
        }
    }

    @Builtin(name = "is_integer", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsInteger(Object self) {
            value(self, "is_integer");
            return true;
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRatio(Object self) {
            return PTuple.of(value(self, "as_integer_ratio"), 1L);
        }
    }

    /** real, numerator: the value; imag: 0; denominator: 1. */
    @Builtin(name = "real", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReal(Object self, Object v) {
            return value(self, "real");
        }
    }

    @Builtin(name = "numerator", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NumeratorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNumerator(Object self, Object v) {
            return value(self, "numerator");
        }
    }

    @Builtin(name = "imag", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doImag(Object self, Object v) {
            value(self, "imag");
            return 0L;
        }
    }

    @Builtin(name = "denominator", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DenominatorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDenominator(Object self, Object v) {
            value(self, "denominator");
            return 1L;
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetNewArgs(Object self) {
            return PTuple.of(value(self, "__getnewargs__"));
        }
    }

    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormat(Object self, Object formatSpec) {
            Object v = value(self, "__format__");
            String spec = StrBuiltins.asString(formatSpec);
            if (spec == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", PyObjectGetClass.typeName(formatSpec));
            }
            if (spec.isEmpty()) {
                return dev.taipan.runtime.abstractops.PyObjectStr.str(self);
            }
            return dev.taipan.runtime.format.IntFormatter.format(IntMath.big(v), spec, PyObjectGetClass.typeName(self));
        }
    }
}
