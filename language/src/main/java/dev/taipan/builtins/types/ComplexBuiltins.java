package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.format.FloatFormatter;
import dev.taipan.runtime.format.FormatSpec;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.ComplexMath;
import dev.taipan.runtime.numbers.FloatParsing;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** complex: construction (from numbers or "1+2j"), repr, hash, parts and formatting. */
public final class ComplexBuiltins {
    private ComplexBuiltins() {
    }

    static PComplex self(Object o, String method) {
        if (o instanceof PComplex c) {
            return c;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'complex' object but received a '%s'", method, PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "real", "imag"}, required = 1, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object real, Object imag) {
            PythonClass cls = (PythonClass) clsObj;
            double re = 0;
            double im = 0;
            boolean realIsComplex = false;
            if (real != PNone.NO_VALUE) {
                String text = real instanceof String s ? s : PPrimitiveObject.strValue(real);
                if (text != null) {
                    if (imag != PNone.NO_VALUE) {
                        throw PythonErrors.typeError("complex() can't take second arg if first is a string");
                    }
                    double[] parsed = parse(text);
                    re = parsed[0];
                    im = parsed[1];
                } else {
                    PComplex c = toComplex(real, "first");
                    re = c.real;
                    im = c.imag;
                    realIsComplex = isComplexArg(real);
                }
            }
            if (imag != PNone.NO_VALUE) {
                if (imag instanceof String || PPrimitiveObject.strValue(imag) != null) {
                    throw PythonErrors.typeError("complex() second arg can't be a string");
                }
                PComplex c = toComplex(imag, "second");
                // complex(a, b) is a + b*1j; real parts are added only for complex operands (keeps -0.0)
                if (isComplexArg(imag)) {
                    re -= c.imag;
                }
                im = realIsComplex ? im + c.real : c.real;
            }
            if (cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.COMPLEX && real instanceof PComplex c && imag == PNone.NO_VALUE && c.getExplicitClass() == null) {
                return c;
            }
            return cls.isBuiltin() ? new PComplex(re, im) : new PComplex(cls, re, im);
        }

        private static boolean isComplexArg(Object o) {
            return o instanceof PComplex || PyObjectGetClass.get(o).lookup("__complex__") != null;
        }

        private static PComplex toComplex(Object o, String which) {
            if (o instanceof PComplex c) {
                return c;
            }
            PythonClass type = PyObjectGetClass.get(o);
            Object m = type.lookup("__complex__");
            if (m != null) {
                Object r = CallDispatch.callMethod(m, o);
                if (r instanceof PComplex c) {
                    return c;
                }
                throw PythonErrors.typeError("__complex__ returned non-complex (type %s)", PyObjectGetClass.typeName(r));
            }
            if (o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger || type.lookup("__float__") != null ||
                            type.lookup("__index__") != null) {
                return new PComplex(PyNumberConvert.asDouble(o), 0);
            }
            throw PythonErrors.typeError("complex() %s argument must be a string or a number, not '%s'", which, type.getName());
        }
    }

    /** complex("1+2j"): optional parentheses, a real part, an imaginary part, or both. */
    static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (s.isEmpty()) {
                throw malformed();
            }
            if (!(s.endsWith("j") || s.endsWith("J"))) {
                return new double[]{number(s), 0};
            }
            String body = s.substring(0, s.length() - 1);
            // the split point is the last sign that does not belong to an exponent
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                char prev = body.charAt(i - 1);
                if ((c == '+' || c == '-') && prev != 'e' && prev != 'E') {
                    return new double[]{number(body.substring(0, i)), imaginary(body.substring(i))};
                }
            }
            return new double[]{0, imaginary(body)};
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    private static double imaginary(String s) {
        if (s.isEmpty() || s.equals("+")) {
            return 1;
        }
        if (s.equals("-")) {
            return -1;
        }
        return number(s);
    }

    private static double number(String s) {
        if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)) || s.contains("_")) {
            throw new NumberFormatException(s);
        }
        try {
            return FloatParsing.parse(s);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            throw new NumberFormatException(s);
        }
    }

    private static RuntimeException malformed() {
        return PythonErrors.valueError("complex() arg is a malformed string");
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            PComplex c = self(self, "__repr__");
            return ComplexMath.repr(c.real, c.imag);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PComplex c = self(self, "__hash__");
            long h = PyObjectHash.hashDouble(c.real) + 1000003L * PyObjectHash.hashDouble(c.imag);
            return h == -1 ? -2L : h;
        }
    }

    @Builtin(name = "real", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReal(Object self, Object value) {
            return self(self, "real").real;
        }
    }

    @Builtin(name = "imag", params = {"self", "value"}, isGetter = true, isMember = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doImag(Object self, Object value) {
            return self(self, "imag").imag;
        }
    }

    @Builtin(name = "conjugate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doConjugate(Object self) {
            PComplex c = self(self, "conjugate");
            return new PComplex(c.real, -c.imag);
        }
    }

    @Builtin(name = "__abs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAbs(Object self) {
            double r = ComplexMath.abs(self(self, "__abs__"));
            if (Double.isInfinite(r)) {
                PComplex c = (PComplex) self;
                if (Double.isFinite(c.real) && Double.isFinite(c.imag)) {
                    throw PythonErrors.overflowError("absolute value too large");
                }
            }
            return r;
        }
    }

    @Builtin(name = "__neg__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNeg(Object self) {
            PComplex c = self(self, "__neg__");
            return new PComplex(-c.real, -c.imag);
        }
    }

    @Builtin(name = "__pos__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doPos(Object self) {
            PComplex c = self(self, "__pos__");
            return new PComplex(c.real, c.imag);
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBool(Object self) {
            PComplex c = self(self, "__bool__");
            return c.real != 0 || c.imag != 0;
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetNewArgs(Object self) {
            PComplex c = self(self, "__getnewargs__");
            return PTuple.of(c.real, c.imag);
        }
    }

    /** format(z, spec): both parts formatted as floats, the imaginary one always signed. */
    @Builtin(name = "__format__", params = {"self", "format_spec"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFormat(Object self, Object formatSpec) {
            PComplex c = self(self, "__format__");
            String text = StrBuiltins.asString(formatSpec);
            if (text == null) {
                throw PythonErrors.typeError("__format__() argument must be str, not %s", PyObjectGetClass.typeName(formatSpec));
            }
            if (text.isEmpty()) {
                return ComplexMath.repr(c.real, c.imag);
            }
            FormatSpec spec = FormatSpec.parse(text, "complex", '>', '\0');
            if (spec.fill() == '0' && spec.align() == '=') {
                throw PythonErrors.valueError("Zero padding is not allowed in complex format specifier");
            }
            if (spec.align() == '=') {
                throw PythonErrors.valueError("'=' alignment flag is not allowed in complex format specifier");
            }
            char type = spec.type();
            boolean bare = type == 0;
            boolean skipReal = bare && c.real == 0 && Math.copySign(1.0, c.real) == 1.0;
            char partType = bare ? (spec.precision() < 0 ? 0 : 'g') : type;
            FormatSpec part = new FormatSpec(' ', '<', spec.sign(), spec.noNegativeZero(), spec.alternate(), -1, spec.grouping(), spec.precision(), partType);
            FormatSpec imagPart = new FormatSpec(' ', '<', skipReal ? spec.sign() : '+', spec.noNegativeZero(), spec.alternate(), -1, spec.grouping(), spec.precision(), partType);
            String re = skipReal ? "" : partText(c.real, part, bare);
            String im = partText(c.imag, imagPart, bare) + "j";
            String body = bare && !skipReal ? "(" + re + im + ")" : re + im;
            return spec.pad(body, '>');
        }

        private static String partText(double v, FormatSpec spec, boolean bare) {
            if (bare && spec.precision() < 0) {
                String r = dev.taipan.runtime.numbers.FloatRepr.reprNoDot(Math.abs(v));
                boolean negative = v < 0 || (v == 0 && 1 / v < 0);
                return spec.signFor(negative) + r;
            }
            return FloatFormatter.format(v, spec, "complex");
        }
    }

    @Builtin(name = "__complex__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ComplexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doComplex(Object self) {
            PComplex c = self(self, "__complex__");
            return new PComplex(c.real, c.imag);
        }
    }
}
