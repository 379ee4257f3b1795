package dev.taipan.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PComplex;

/** Python float arithmetic where it differs from Java's (division, modulo, pow). */
public final class FloatMath {
    private FloatMath() {
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** CPython's float_divmod. */
    public static double[] divmod(double vx, double wx) {
        if (wx == 0.0) {
            throw PythonErrors.zeroDivisionError("float divmod()");
        }
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    /**
     * {@code a ** b} for floats. Returns a Double, or a PComplex when a negative base is raised
     * to a non-integer power (Python 3 semantics).
     */
    @TruffleBoundary
    public static Object pow(double a, double b) {
        if (b == 0.0) {
            return 1.0;
        }
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            return 1.0;   // C's pow (and Python's); Java's is NaN for 1**nan and (-1)**inf
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (a == 0.0 && b < 0.0 && !Double.isInfinite(b)) {
            throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (a < 0.0 && !Double.isInfinite(a) && !Double.isInfinite(b) && b != Math.floor(b)) {
            return ComplexMath.pow(new PComplex(a, 0.0), new PComplex(b, 0.0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PythonErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    public static boolean isInteger(double d) {
        return !Double.isInfinite(d) && d == Math.floor(d);
    }
}
