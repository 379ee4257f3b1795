package dev.taipan.runtime.numbers;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PComplex;

/** complex arithmetic with CPython's algorithms and error messages. */
public final class ComplexMath {
    private ComplexMath() {
    }

    public static PComplex add(PComplex a, PComplex b) {
        return new PComplex(a.real + b.real, a.imag + b.imag);
    }

    public static PComplex sub(PComplex a, PComplex b) {
        return new PComplex(a.real - b.real, a.imag - b.imag);
    }

    public static PComplex mul(PComplex a, PComplex b) {
        return new PComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** Smith's algorithm, as CPython's _Py_c_quot. */
    public static PComplex div(PComplex a, PComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PythonErrors.zeroDivisionError("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PComplex(Double.NaN, Double.NaN);
    }

    @TruffleBoundary
    public static PComplex pow(PComplex a, PComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new PComplex(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PComplex(0.0, 0.0);
        }
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PComplex r = powInt(a, Math.abs(n));
            return n < 0 ? div(new PComplex(1.0, 0.0), r) : r;
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PComplex powInt(PComplex x, int n) {
        PComplex r = new PComplex(1.0, 0.0);
        PComplex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    public static double abs(PComplex a) {
        if (Double.isInfinite(a.real) || Double.isInfinite(a.imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(a.real, a.imag);
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflowError("absolute value too large");
        }
        return r;
    }

    /** {@code repr(complex)}: "1j" for a purely imaginary value with +0 real part, else "(1+2j)". */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static String repr(double real, double imag) {
        String im = FloatRepr.reprNoDot(imag);
        if (real == 0 && Math.copySign(1.0, real) == 1.0) {
            return im + "j";
        }
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + FloatRepr.reprNoDot(real) + sign + im + "j)";
    }
}
