package dev.taipan.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.FloatParsing;
import dev.taipan.runtime.numbers.FloatRepr;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.numbers.NumberArithmetic;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The non-operator methods of {@code float}. */
public final class FloatBuiltins {
    private FloatBuiltins() {
    }

    static double value(Object self, String method) {
        Object v = NumberArithmetic.unwrap(self);
        if (v instanceof Double d) {
            return d;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'float' object but received a '%s'", method, PyObjectGetClass.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "x"}, required = 1, isStaticmethod = true, checkPositional = "float")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object x) {
            PythonClass cls = (PythonClass) clsObj;
            double d;
            Object ownFloat = PyNumberConvert.overriddenBuiltinMethod(x, "__float__");
            if (x == PNone.NO_VALUE) {
                d = 0.0;
            } else if (ownFloat != null) {
                d = PyNumberConvert.callFloat(x, PyObjectGetClass.get(x), ownFloat);
            } else if (x instanceof String s) {
                d = FloatParsing.parse(s);
            } else if (PPrimitiveObject.strValue(x) != null) {
                d = FloatParsing.parse(PPrimitiveObject.strValue(x));
            } else if (dev.taipan.runtime.bytes.BytesLike.check(x)) {
                d = FloatParsing.parseBytes(dev.taipan.runtime.bytes.BytesLike.require(x));
            } else {
                Object m = PyObjectGetClass.get(x).lookup("__float__");
                if (m == null && PyObjectGetClass.get(x).lookup("__index__") == null && !(NumberArithmetic.unwrap(x) instanceof Double) && !IntMath.isInt(NumberArithmetic.unwrap(x))) {
                    throw PythonErrors.typeError("float() argument must be a string or a real number, not '%s'", PyObjectGetClass.typeName(x));
                }
                d = PyNumberConvert.asDouble(x);
            }
            if (cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.FLOAT) {
                return d;
            }
            return new PPrimitiveObject(cls, BuiltinType.FLOAT, d);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return FloatRepr.repr(value(self, "__repr__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.hashDouble(value(self, "__hash__"));
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            return value(self, "__bool__") != 0.0;
        }
    }

    @Builtin(name = "__float__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFloat(Object self) {
            return value(self, "__float__");
        }
    }

    @Builtin(name = "__int__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IntNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doInt(Object self) {
            return dev.taipan.runtime.numbers.IntMath.fromDouble(value(self, "__int__"));
        }
    }

    @Builtin(name = "__trunc__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doTrunc(Object self) {
            return dev.taipan.runtime.numbers.IntMath.fromDouble(value(self, "__trunc__"));
        }
    }

    @Builtin(name = "__floor__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFloor(Object self) {
            return dev.taipan.runtime.numbers.IntMath.fromDouble(Math.floor(value(self, "__floor__")));
        }
    }

    @Builtin(name = "__ceil__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCeil(Object self) {
            return dev.taipan.runtime.numbers.IntMath.fromDouble(Math.ceil(value(self, "__ceil__")));
        }
    }

    @Builtin(name = "__neg__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNeg(Object self) {
            return -value(self, "__neg__");
        }
    }

    @Builtin(name = "__pos__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doPos(Object self) {
            return value(self, "__pos__");
        }
    }

    @Builtin(name = "__abs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAbs(Object self) {
            return Math.abs(value(self, "__abs__"));
        }
    }

    /** 10**0 .. 10**22: every one exactly a double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** round(x) is round-half-even to an int; round(x, n) a correctly rounded float. */
    @Builtin(name = "__round__", params = {"self", "ndigits"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RoundNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRound(Object self, Object ndigits) {
            return round(value(self, "__round__"), ndigits);
        }

        /** round(x) and round(x, ndigits) of a float (also what builtins.round calls for one). */
        @TruffleBoundary
        public static Object round(double x, Object ndigits) {
            if (ndigits == PNone.NO_VALUE || ndigits == PNone.NONE) {
                if (Double.isNaN(x)) {
                    throw PythonErrors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(x)) {
                    throw PythonErrors.overflowError("cannot convert float infinity to integer");
                }
                return dev.taipan.runtime.numbers.IntMath.fromDouble(Math.rint(x));
            }
            long n = PyNumberConvert.asSize(ndigits, null);
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
                return x;
            }
            if (n > 330) {
                return x;
            }
            if (n < -330) {
                return Math.copySign(0.0, x);
            }
            if (n >= 0 && n < POWERS_OF_TEN.length) {
                // x * 10**n rounded to an integer, unless the product is too close to a half for
                // its rounding error to be ignored; then r / 10**n, both exact, divides to the
                // double nearest the decimal result, as CPython's dtoa-based rounding gives
                double p = POWERS_OF_TEN[(int) n];
                double y = x * p;
                if (Math.abs(y) < 0x1p52) {
                    double f = y - Math.floor(y);
                    if (Math.abs(f - 0.5) > 4 * Math.ulp(y)) {
                        double r = Math.rint(y) / p;
                        return r == 0.0 ? Math.copySign(0.0, x) : r;
                    }
                }
            }
            BigDecimal d = new BigDecimal(x).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
            double r = d.doubleValue();
            if (Double.isInfinite(r)) {
                throw PythonErrors.overflowError("rounded value too large to represent");
            }
            return r == 0.0 ? Math.copySign(0.0, x) : r;
        }
    }

    @Builtin(name = "is_integer", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsInteger(Object self) {
            double x = value(self, "is_integer");
            return !Double.isInfinite(x) && x == Math.floor(x);
        }
    }

    @Builtin(name = "as_integer_ratio", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRatio(Object self) {
            double x = value(self, "as_integer_ratio");
            if (Double.isInfinite(x)) {
                throw PythonErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(x)) {
                throw PythonErrors.valueError("cannot convert NaN to integer ratio");
            }
            BigDecimal d = new BigDecimal(x);
            BigInteger num = d.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(0, d.scale()));
            if (d.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            }
            BigInteger g = num.gcd(den);
            return PTuple.of(IntMath.normalize(num.divide(g)), IntMath.normalize(den.divide(g)));
        }
    }

    @Builtin(name = "hex", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHex(Object self) {
            return FloatHex.toHex(value(self, "hex"));
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFromHex(Object cls, Object s) {
            if (!(s instanceof String str)) {
                throw PythonErrors.typeError("fromhex() argument must be str, not %s", PyObjectGetClass.typeName(s));
            }
            double d = FloatHex.fromHex(str);
            if (cls instanceof PythonClass c && !(c.isBuiltin() && c.getBuiltinType() == BuiltinType.FLOAT)) {
                return dev.taipan.runtime.function.CallDispatch.call(c, d);
            }
            return d;
        }
    }

    @Builtin(name = "conjugate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doConjugate(Object self) {
            return value(self, "conjugate");
        }
    }

    @Builtin(name = "real", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReal(Object self, Object v) {
            return value(self, "real");
        }
    }

    @Builtin(name = "imag", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doImag(Object self, Object v) {
            value(self, "imag");
            return 0.0;
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
            double v = value(self, "__format__");
            String spec = StrBuiltins.asString(formatSpec);
            if (spec == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", PyObjectGetClass.typeName(formatSpec));
            }
            if (spec.isEmpty()) {
                return dev.taipan.runtime.abstractops.PyObjectStr.str(self);
            }
            return dev.taipan.runtime.format.FloatFormatter.format(v, spec, PyObjectGetClass.typeName(self));
        }
    }

    /** float.__getformat__('double'|'float'): how the machine stores floats (IEEE on the JVM). */
    @Builtin(name = "__getformat__", params = {"cls", "typestr"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class GetFormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetFormat(Object cls, Object typestr) {
            if (!(typestr instanceof String s)) {
                throw PythonErrors.typeError("__getformat__() argument must be str, not %s", dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(typestr));
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw PythonErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        }
    }
}
