package dev.taipan.runtime.math;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;

/** math's integer functions: factorial, gcd/lcm, isqrt, comb and perm. */
public final class IntegerFunctions {
    private IntegerFunctions() {
    }

    @TruffleBoundary
    public static Object factorial(Object n) {
        BigInteger b = IntMath.big(n);
        if (b.signum() < 0) {
            throw PythonErrors.valueError("factorial() not defined for negative values");
        }
        if (b.bitLength() > 31) {
            throw PythonErrors.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return IntMath.normalize(product(1, b.intValue()));
    }

    /** lo * (lo+1) * ... * hi by splitting in halves, so the multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    @TruffleBoundary
    public static Object gcd(Object[] args) {
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) {
            g = g.gcd(IntMath.big(a));
        }
        return IntMath.normalize(g);
    }

    @TruffleBoundary
    public static Object lcm(Object[] args) {
        BigInteger l = BigInteger.ONE;
        for (Object a : args) {
            BigInteger b = IntMath.big(a).abs();
            if (b.signum() == 0) {
                return 0L;
            }
            l = l.divide(l.gcd(b)).multiply(b);
        }
        return IntMath.normalize(l);
    }

    @TruffleBoundary
    public static Object isqrt(Object n) {
        BigInteger b = IntMath.big(n);
        if (b.signum() < 0) {
            throw PythonErrors.valueError("isqrt() argument must be nonnegative");
        }
        return IntMath.normalize(b.sqrt());
    }

    private static BigInteger nonNegative(Object v, String name) {
        BigInteger b = IntMath.big(v);
        if (b.signum() < 0) {
            throw PythonErrors.valueError("%s must be a non-negative integer", name);
        }
        return b;
    }

    @TruffleBoundary
    public static Object perm(Object n, Object k) {
        BigInteger bn = nonNegative(n, "n");
        if (k == null) {
            return factorial(n);
        }
        BigInteger bk = nonNegative(k, "k");
        if (bk.compareTo(bn) > 0) {
            return 0L;
        }
        if (bk.bitLength() > 31) {
            throw PythonErrors.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < bk.intValue(); i++) {
            r = r.multiply(bn.subtract(BigInteger.valueOf(i)));
        }
        return IntMath.normalize(r);
    }

    @TruffleBoundary
    public static Object comb(Object n, Object k) {
        BigInteger bn = nonNegative(n, "n");
        BigInteger bk = nonNegative(k, "k");
        if (bk.compareTo(bn) > 0) {
            return 0L;
        }
        BigInteger other = bn.subtract(bk);
        if (other.compareTo(bk) < 0) {
            bk = other;
        }
        if (bk.bitLength() > 31) {
            throw PythonErrors.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        BigInteger r = BigInteger.ONE;
        int kk = bk.intValue();
        for (int i = 1; i <= kk; i++) {
            // r * (n - k + i) / i stays integral at every step
            r = r.multiply(bn.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
        }
        return IntMath.normalize(r);
    }

    /**
     * {@code func} (log, log2 or log10) of a positive int, as CPython's loghelper: through its
     * float when it has one, else as func(m) + e * func(2) for x = m * 2**e, m in [0.5, 1), so
     * that ints past the float range have logs too.
     */
    @TruffleBoundary
    public static double logOfInt(Object n, java.util.function.DoubleUnaryOperator func) {
        BigInteger b = IntMath.big(n);
        if (b.signum() <= 0) {
            throw MathErrors.domain();
        }
        double d = b.doubleValue();
        if (!Double.isInfinite(d)) {
            return func.applyAsDouble(d);
        }
        // m correctly rounded to 53 bits: the top 55 bits with the rest folded into a sticky bit
        int e = b.bitLength();
        BigInteger top = b.shiftRight(e - 55);
        if (b.getLowestSetBit() < e - 55) {
            top = top.setBit(0);
        }
        double m = Math.scalb(top.doubleValue(), -55);
        if (m == 1.0) {   // rounded up out of [0.5, 1)
            m = 0.5;
            e++;
        }
        return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
    }
}
