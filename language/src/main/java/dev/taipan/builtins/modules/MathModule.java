package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.math.FloatSum;
import dev.taipan.runtime.math.IntegerFunctions;
import dev.taipan.runtime.math.MathErrors;
import dev.taipan.runtime.math.SpecialFunctions;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code math}: libm functions with CPython's domain/range error rules, and the integer functions. */
public final class MathModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "math";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(MathModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("pi", Math.PI);
        m.setAttribute("e", Math.E);
        m.setAttribute("tau", 2 * Math.PI);
        m.setAttribute("inf", Double.POSITIVE_INFINITY);
        m.setAttribute("nan", Double.NaN);
    }

    /** An int argument (Long or BigInteger) via __index__, with CPython's TypeError for floats. */
    private static Object integer(Object o) {
        if (o instanceof Double) {
            throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return PyNumberConvert.index(o);
    }

    /** floor/ceil/trunc: the dunder of a non-float, else the float rule. */
    private static Object roundWith(Object x, String dunder, boolean floor, boolean ceil) {
        if (x instanceof Double d) {
            return IntMath.fromDouble(floor ? Math.floor(d) : ceil ? Math.ceil(d) : d);
        }
        if (IntMath.isInt(x)) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        PythonClass type = PyObjectGetClass.get(x);
        Object m = type.lookup(dunder);
        if (m != null) {
            return CallDispatch.callMethod(m, x);
        }
        if (!floor && !ceil) {
            throw PythonErrors.typeError("type %s doesn't define __trunc__ method", type.getName());
        }
        double d = PyNumberConvert.asDouble(x);
        return IntMath.fromDouble(floor ? Math.floor(d) : Math.ceil(d));
    }

    @Builtin(name = "floor", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return roundWith(x, "__floor__", true, false);
        }
    }

    @Builtin(name = "ceil", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return roundWith(x, "__ceil__", false, true);
        }
    }

    @Builtin(name = "trunc", params = {"x"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object x) {
            return roundWith(x, "__trunc__", false, false);
        }
    }

    @Builtin(name = "copysign", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class CopySignNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object x, Object y) {
            return Math.copySign(PyNumberConvert.asDouble(x), PyNumberConvert.asDouble(y));
        }
    }

    @Builtin(name = "fmod", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class FmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object xo, Object yo) {
            double x = PyNumberConvert.asDouble(xo);
            double y = PyNumberConvert.asDouble(yo);
            if (Double.isInfinite(y) && !Double.isInfinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw MathErrors.domain();
            }
            return r;
        }
    }

    @Builtin(name = "remainder", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class RemainderNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object xo, Object yo) {
            double x = PyNumberConvert.asDouble(xo);
            double y = PyNumberConvert.asDouble(yo);
            if (Double.isInfinite(y) && !Double.isInfinite(x)) {
                return x;
            }
            double r = Math.IEEEremainder(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw MathErrors.domain();
            }
            return r;
        }
    }

    @Builtin(name = "atan2", params = {"y", "x"})
    @GenerateNodeFactory
    public abstract static class Atan2Node extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object y, Object x) {
            return Math.atan2(PyNumberConvert.asDouble(y), PyNumberConvert.asDouble(x));
        }
    }

    @Builtin(name = "pow", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object xo, Object yo) {
            double x = PyNumberConvert.asDouble(xo);
            double y = PyNumberConvert.asDouble(yo);
            // C99 rules Java's Math.pow does not follow
            if (x == 1.0 || y == 0.0) {
                return 1.0;
            }
            if (x == -1.0 && Double.isInfinite(y)) {
                return 1.0;
            }
            if (x == 0.0 && y < 0 && !Double.isInfinite(y)) {
                throw MathErrors.domain();
            }
            double r = Math.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw MathErrors.domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw MathErrors.range();
            }
            return r;
        }
    }

    /** {@code func} of a number: CPython's loghelper (ints past the float range too). */
    private static double logOf(Object x, java.util.function.DoubleUnaryOperator func) {
        if (IntMath.isInt(x) && !(x instanceof Boolean)) {
            return IntegerFunctions.logOfInt(x, func);
        }
        double d = PyNumberConvert.asDouble(x);
        if (d <= 0) {
            throw MathErrors.domain();
        }
        return func.applyAsDouble(d);
    }

    @Builtin(name = "log", params = {"x", "base"}, required = 1)
    @GenerateNodeFactory
    public abstract static class LogNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object x, Object base) {
            double num = logOf(x, Math::log);
            if (base == PNone.NO_VALUE) {
                return num;
            }
            double den = logOf(base, Math::log);
            if (den == 0.0) {
                throw PythonErrors.zeroDivisionError("float division by zero");
            }
            return num / den;
        }
    }

    @Builtin(name = "log2", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log2Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object x) {
            return logOf(x, SpecialFunctions::log2);
        }
    }

    @Builtin(name = "log10", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object x) {
            return logOf(x, Math::log10);
        }
    }

    @Builtin(name = "frexp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FrexpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object xo) {
            double x = PyNumberConvert.asDouble(xo);
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PTuple(new Object[]{x, 0L});
            }
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) {
                // subnormal: normalise first
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
                return new PTuple(new Object[]{Math.scalb(x, -(Math.getExponent(x) + 1)), (long) e + 1});
            }
            return new PTuple(new Object[]{Math.scalb(x, -(e + 1)), (long) e + 1});
        }
    }

    @Builtin(name = "ldexp", params = {"x", "i"})
    @GenerateNodeFactory
    public abstract static class LdexpNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object xo, Object io) {
            double x = PyNumberConvert.asDouble(xo);
            Object i = integer(io);
            long e = i instanceof Long l ? l : (((java.math.BigInteger) i).signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE);
            int exp = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, e));
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw MathErrors.range();
            }
            return r;
        }
    }

    @Builtin(name = "modf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ModfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object xo) {
            double x = PyNumberConvert.asDouble(xo);
            if (Double.isInfinite(x)) {
                return new PTuple(new Object[]{Math.copySign(0.0, x), x});
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PTuple(new Object[]{Math.copySign(x - whole, x), whole});
        }
    }

    @Builtin(name = "isfinite", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(Object x) {
            return Double.isFinite(PyNumberConvert.asDouble(x));
        }
    }

    @Builtin(name = "isinf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(Object x) {
            return Double.isInfinite(PyNumberConvert.asDouble(x));
        }
    }

    @Builtin(name = "isnan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(Object x) {
            return Double.isNaN(PyNumberConvert.asDouble(x));
        }
    }

    @Builtin(name = "isclose", params = {"a", "b"}, kwOnly = {"rel_tol", "abs_tol"})
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static boolean doIt(Object ao, Object bo, Object relo, Object abso) {
            double a = PyNumberConvert.asDouble(ao);
            double b = PyNumberConvert.asDouble(bo);
            double rel = relo == PNone.NO_VALUE ? 1e-9 : PyNumberConvert.asDouble(relo);
            double abs = abso == PNone.NO_VALUE ? 0.0 : PyNumberConvert.asDouble(abso);
            if (rel < 0 || abs < 0) {
                throw PythonErrors.valueError("tolerances must be non-negative");
            }
            if (a == b) {
                return true;
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return false;
            }
            double diff = Math.abs(b - a);
            return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
        }
    }

    /** Euclidean norm without undue overflow: scale by the largest magnitude. */
    @TruffleBoundary
    static double hypot(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            double a = Math.abs(d);
            if (Double.isInfinite(a)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(a);
            max = Math.max(max, a);
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0) {
            return 0.0;
        }
        if (v.length == 2) {
            return Math.hypot(v[0], v[1]);
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double d : v) {
            java.math.BigDecimal s = new java.math.BigDecimal(d / max);
            sum = sum.add(s.multiply(s));
        }
        return max * Math.sqrt(sum.doubleValue());
    }

    @Builtin(name = "hypot", varargs = "coordinates")
    @GenerateNodeFactory
    public abstract static class HypotNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(PTuple coords) {
            double[] v = new double[coords.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = PyNumberConvert.asDouble(coords.get(i));
            }
            return hypot(v);
        }
    }

    @Builtin(name = "dist", params = {"p", "q"})
    @GenerateNodeFactory
    public abstract static class DistNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double doIt(Object p, Object q) {
            return dist(SequenceOps.toArray(p), SequenceOps.toArray(q));
        }

        private static double dist(Object[] p, Object[] q) {
            if (p.length != q.length) {
                throw PythonErrors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = PyNumberConvert.asDouble(p[i]) - PyNumberConvert.asDouble(q[i]);
            }
            return hypot(v);
        }
    }

    @Builtin(name = "nextafter", params = {"x", "y"}, kwOnly = {"steps"})
    @GenerateNodeFactory
    public abstract static class NextAfterNode extends PythonTernaryBuiltinNode {
        @Specialization
        static double doIt(Object xo, Object yo, Object steps) {
            double x = PyNumberConvert.asDouble(xo);
            double y = PyNumberConvert.asDouble(yo);
            long n = steps == PNone.NO_VALUE || steps == PNone.NONE ? 1 : PyNumberConvert.asSize(integer(steps), null);
            if (n < 0) {
                throw PythonErrors.valueError("steps must be a non-negative integer");
            }
            for (long i = 0; i < n && x != y && !Double.isNaN(x); i++) {
                x = Math.nextAfter(x, y);
            }
            return n == 0 ? x : (x == y ? y : x);
        }
    }

    @Builtin(name = "fsum", params = {"seq"})
    @GenerateNodeFactory
    public abstract static class FsumNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object seq) {
            return FloatSum.fsum(seq);
        }
    }

    @Builtin(name = "prod", params = {"iterable"}, kwOnly = {"start"})
    @GenerateNodeFactory
    public abstract static class ProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object iterable, Object start) {
            Object result = start == PNone.NO_VALUE ? (Object) 1L : start;
            Object it = PyObjectIter.getIter(iterable);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                result = PyNumberBinary.execute(result, v, BinaryOp.MUL);
            }
            return result;
        }
    }

    @Builtin(name = "sumprod", params = {"p", "q"})
    @GenerateNodeFactory
    public abstract static class SumProdNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object p, Object q) {
            Object pi = PyObjectIter.getIter(p);
            Object qi = PyObjectIter.getIter(q);
            Object total = 0L;
            while (true) {
                Object a = PyObjectIter.next(pi);
                Object b = PyObjectIter.next(qi);
                if (a == null || b == null) {
                    if (a != null || b != null) {
                        throw PythonErrors.valueError("Inputs are not the same length");
                    }
                    return total;
                }
                total = PyNumberBinary.execute(total, PyNumberBinary.execute(a, b, BinaryOp.MUL), BinaryOp.ADD);
            }
        }
    }

    @Builtin(name = "factorial", params = {"n"})
    @GenerateNodeFactory
    public abstract static class FactorialNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object n) {
            return IntegerFunctions.factorial(integer(n));
        }
    }

    private static Object[] integers(PTuple args) {
        Object[] r = new Object[args.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = integer(args.get(i));
        }
        return r;
    }

    @Builtin(name = "gcd", varargs = "integers")
    @GenerateNodeFactory
    public abstract static class GcdNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple args) {
            return IntegerFunctions.gcd(integers(args));
        }
    }

    @Builtin(name = "lcm", varargs = "integers")
    @GenerateNodeFactory
    public abstract static class LcmNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PTuple args) {
            return IntegerFunctions.lcm(integers(args));
        }
    }

    @Builtin(name = "isqrt", params = {"n"})
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object n) {
            return IntegerFunctions.isqrt(integer(n));
        }
    }

    @Builtin(name = "comb", params = {"n", "k"})
    @GenerateNodeFactory
    public abstract static class CombNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object n, Object k) {
            return IntegerFunctions.comb(integer(n), integer(k));
        }
    }

    @Builtin(name = "perm", params = {"n", "k"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PermNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object n, Object k) {
            return IntegerFunctions.perm(integer(n), k == PNone.NO_VALUE || k == PNone.NONE ? null : integer(k));
        }
    }

    @Builtin(name = "acos", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AcosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.acos(x), false);
        }
    }

    @Builtin(name = "acosh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AcoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.acosh(x), false);
        }
    }

    @Builtin(name = "asin", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AsinNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.asin(x), false);
        }
    }

    @Builtin(name = "asinh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AsinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.asinh(x), false);
        }
    }

    @Builtin(name = "atan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AtanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.atan(x), false);
        }
    }

    @Builtin(name = "atanh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class AtanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.atanh(x), false);
        }
    }

    @Builtin(name = "cbrt", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CbrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.cbrt(x), false);
        }
    }

    @Builtin(name = "cos", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.cos(x), false);
        }
    }

    @Builtin(name = "cosh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.cosh(x), true);
        }
    }

    @Builtin(name = "erf", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ErfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.erf(x), false);
        }
    }

    @Builtin(name = "erfc", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ErfcNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.erfc(x), false);
        }
    }

    @Builtin(name = "exp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class ExpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.exp(x), true);
        }
    }

    @Builtin(name = "exp2", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Exp2Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.pow(2.0, x), true);
        }
    }

    @Builtin(name = "expm1", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Expm1Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.expm1(x), true);
        }
    }

    @Builtin(name = "fabs", params = {"x"})
    @GenerateNodeFactory
    public abstract static class FabsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.abs(x), false);
        }
    }

    @Builtin(name = "gamma", params = {"x"})
    @GenerateNodeFactory
    public abstract static class GammaNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.gamma(x), true);
        }
    }

    @Builtin(name = "lgamma", params = {"x"})
    @GenerateNodeFactory
    public abstract static class LgammaNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, SpecialFunctions.lgamma(x), true);
        }
    }

    @Builtin(name = "log1p", params = {"x"})
    @GenerateNodeFactory
    public abstract static class Log1pNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, x <= -1.0 ? Double.NaN : Math.log1p(x), false);
        }
    }

    @Builtin(name = "sin", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SinNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.sin(x), false);
        }
    }

    @Builtin(name = "sinh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.sinh(x), true);
        }
    }

    @Builtin(name = "sqrt", params = {"x"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.sqrt(x), false);
        }
    }

    @Builtin(name = "tan", params = {"x"})
    @GenerateNodeFactory
    public abstract static class TanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.tan(x), false);
        }
    }

    @Builtin(name = "tanh", params = {"x"})
    @GenerateNodeFactory
    public abstract static class TanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.tanh(x), false);
        }
    }

    @Builtin(name = "degrees", params = {"x"})
    @GenerateNodeFactory
    public abstract static class DegreesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, x * (180.0 / Math.PI), true);
        }
    }

    @Builtin(name = "radians", params = {"x"})
    @GenerateNodeFactory
    public abstract static class RadiansNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, x * (Math.PI / 180.0), false);
        }
    }

    @Builtin(name = "ulp", params = {"x"})
    @GenerateNodeFactory
    public abstract static class UlpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object arg) {
            double x = PyNumberConvert.asDouble(arg);
            return MathErrors.check(x, Math.ulp(x), true);
        }
    }
}
