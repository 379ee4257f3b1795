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
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.math.ComplexFunctions;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code cmath}: mathematical functions for complex numbers, with C99 Annex G special values. */
public final class CmathModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "cmath";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(CmathModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("pi", Math.PI);
        m.setAttribute("e", Math.E);
        m.setAttribute("tau", 2 * Math.PI);
        m.setAttribute("inf", Double.POSITIVE_INFINITY);
        m.setAttribute("infj", new PComplex(0.0, Double.POSITIVE_INFINITY));
        m.setAttribute("nan", Double.NaN);
        m.setAttribute("nanj", new PComplex(0.0, Double.NaN));
        m.setAttribute("__doc__", "This module provides access to mathematical functions for complex\nnumbers.");
    }

    /** The "D" argument conversion: a complex, __complex__, or a real number. */
    @TruffleBoundary
    static double[] arg(Object o) {
        if (o instanceof PComplex c) {
            return new double[]{c.real, c.imag};
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object m = type.lookup("__complex__");
        if (m != null) {
            Object r = CallDispatch.callMethod(m, o);
            if (r instanceof PComplex c) {
                return new double[]{c.real, c.imag};
            }
            throw PythonErrors.typeError("__complex__ returned non-complex (type %s)", PyObjectGetClass.typeName(r));
        }
        return new double[]{PyNumberConvert.asDouble(o), 0.0};
    }

    static Object result(ComplexFunctions m, double[] z) {
        m.check();
        return new PComplex(z[0], z[1]);
    }

    @Builtin(name = "acos", params = {"z"}, doc = "Return the arc cosine of z.")
    @GenerateNodeFactory
    public abstract static class AcosNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.acos(arg(z)));
        }
    }

    @Builtin(name = "acosh", params = {"z"}, doc = "Return the inverse hyperbolic cosine of z.")
    @GenerateNodeFactory
    public abstract static class AcoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.acosh(arg(z)));
        }
    }

    @Builtin(name = "asin", params = {"z"}, doc = "Return the arc sine of z.")
    @GenerateNodeFactory
    public abstract static class AsinNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.asin(arg(z)));
        }
    }

    @Builtin(name = "asinh", params = {"z"}, doc = "Return the inverse hyperbolic sine of z.")
    @GenerateNodeFactory
    public abstract static class AsinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.asinh(arg(z)));
        }
    }

    @Builtin(name = "atan", params = {"z"}, doc = "Return the arc tangent of z.")
    @GenerateNodeFactory
    public abstract static class AtanNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.atan(arg(z)));
        }
    }

    @Builtin(name = "atanh", params = {"z"}, doc = "Return the inverse hyperbolic tangent of z.")
    @GenerateNodeFactory
    public abstract static class AtanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.atanh(arg(z)));
        }
    }

    @Builtin(name = "cos", params = {"z"}, doc = "Return the cosine of z.")
    @GenerateNodeFactory
    public abstract static class CosNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.cos(arg(z)));
        }
    }

    @Builtin(name = "cosh", params = {"z"}, doc = "Return the hyperbolic cosine of z.")
    @GenerateNodeFactory
    public abstract static class CoshNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.cosh(arg(z)));
        }
    }

    @Builtin(name = "exp", params = {"z"}, doc = "Return the exponential value e**z.")
    @GenerateNodeFactory
    public abstract static class ExpNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.exp(arg(z)));
        }
    }

    @Builtin(name = "log10", params = {"z"}, doc = "Return the base-10 logarithm of z.")
    @GenerateNodeFactory
    public abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.log10(arg(z)));
        }
    }

    @Builtin(name = "sin", params = {"z"}, doc = "Return the sine of z.")
    @GenerateNodeFactory
    public abstract static class SinNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.sin(arg(z)));
        }
    }

    @Builtin(name = "sinh", params = {"z"}, doc = "Return the hyperbolic sine of z.")
    @GenerateNodeFactory
    public abstract static class SinhNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.sinh(arg(z)));
        }
    }

    @Builtin(name = "sqrt", params = {"z"}, doc = "Return the square root of z.")
    @GenerateNodeFactory
    public abstract static class SqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.sqrt(arg(z)));
        }
    }

    @Builtin(name = "tan", params = {"z"}, doc = "Return the tangent of z.")
    @GenerateNodeFactory
    public abstract static class TanNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.tan(arg(z)));
        }
    }

    @Builtin(name = "tanh", params = {"z"}, doc = "Return the hyperbolic tangent of z.")
    @GenerateNodeFactory
    public abstract static class TanhNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.tanh(arg(z)));
        }
    }

    @Builtin(name = "log", params = {"x", "base"}, required = 1, doc = "log(z[, base]) -> the logarithm of z to the given base.")
    @GenerateNodeFactory
    public abstract static class LogNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object x, Object base) {
            ComplexFunctions m = new ComplexFunctions();
            double[] z = arg(x);
            double[] r = m.log(z);
            if (base != PNone.NO_VALUE) {
                double[] b = m.log(arg(base));
                r = m.quot(r, b);
            }
            return result(m, r);
        }
    }

    @Builtin(name = "phase", params = {"z"})
    @GenerateNodeFactory
    public abstract static class PhaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object z) {
            double[] c = arg(z);
            double phi = ComplexFunctions.phase(c);
            // libm sets ERANGE when atan2 underflows to zero, and CPython reports it
            if (Double.isFinite(c[0]) && c[1] != 0 && Double.isFinite(c[1]) && phi == 0) {
                throw PythonErrors.overflowError("math range error");
            }
            return phi;
        }
    }

    @Builtin(name = "polar", params = {"z"})
    @GenerateNodeFactory
    public abstract static class PolarNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object z) {
            double[] c = arg(z);
            ComplexFunctions m = new ComplexFunctions();
            double phi = ComplexFunctions.phase(c);
            double r = m.abs(c);
            m.check();
            return PTuple.of(r, phi);
        }
    }

    @Builtin(name = "rect", params = {"r", "phi"})
    @GenerateNodeFactory
    public abstract static class RectNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object r, Object phi) {
            ComplexFunctions m = new ComplexFunctions();
            return result(m, m.rect(PyNumberConvert.asDouble(r), PyNumberConvert.asDouble(phi)));
        }
    }

    @Builtin(name = "isfinite", params = {"z"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object z) {
            double[] c = arg(z);
            return Double.isFinite(c[0]) && Double.isFinite(c[1]);
        }
    }

    @Builtin(name = "isnan", params = {"z"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object z) {
            double[] c = arg(z);
            return Double.isNaN(c[0]) || Double.isNaN(c[1]);
        }
    }

    @Builtin(name = "isinf", params = {"z"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object z) {
            double[] c = arg(z);
            return Double.isInfinite(c[0]) || Double.isInfinite(c[1]);
        }
    }

    @Builtin(name = "isclose", params = {"a", "b"}, kwOnly = {"rel_tol", "abs_tol"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object aObj, Object bObj, Object relObj, Object absObj) {
            double[] a = arg(aObj);
            double[] b = arg(bObj);
            double rel = relObj == PNone.NO_VALUE ? 1e-09 : PyNumberConvert.asDouble(relObj);
            double abs = absObj == PNone.NO_VALUE ? 0.0 : PyNumberConvert.asDouble(absObj);
            if (rel < 0.0 || abs < 0.0) {
                throw PythonErrors.valueError("tolerances must be non-negative");
            }
            if (a[0] == b[0] && a[1] == b[1]) {
                // exact equality also covers two equal infinities
                return true;
            }
            if (Double.isInfinite(a[0]) || Double.isInfinite(a[1]) || Double.isInfinite(b[0]) || Double.isInfinite(b[1])) {
                return false;
            }
            ComplexFunctions m = new ComplexFunctions();
            double diff = m.abs(new double[]{a[0] - b[0], a[1] - b[1]});
            return diff <= rel * m.abs(b) || diff <= rel * m.abs(a) || diff <= abs;
        }
    }
}
