package dev.taipan.runtime.math;

/**
 * The special functions Java's Math lacks: inverse hyperbolics, erf/erfc and gamma/lgamma.
 * Results are accurate to a few ulps; gamma of small positive integers is exact.
 */
public final class SpecialFunctions {
    private SpecialFunctions() {
    }

    private static final double LN2 = 0.6931471805599453;

    public static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double r;
        if (a > 1e8) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
        } else {
            double t = a * a;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }

    /** NaN outside the domain (x < 1); the caller turns that into a domain error. */
    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x > 1e8) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** NaN outside (-1, 1); the caller maps ±1 and beyond to domain errors. */
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a >= 1) {
            return Double.NaN;
        }
        double r;
        if (a < 0.5) {
            r = 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a));
        } else {
            r = 0.5 * Math.log1p(2 * a / (1 - a));
        }
        return Math.copySign(r, x);
    }

    private static final double SQRT_PI = 1.772453850905516;

    /** erf by its Taylor series for small |x|, via erfc otherwise. */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return seriesErf(x);
        }
        double c = a < 30 ? continuedFractionErfc(a) : 0.0;
        return x > 0 ? 1.0 - c : c - 1.0;
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.5) {
            return 1.0 - seriesErf(x);
        }
        double c = a < 30 ? continuedFractionErfc(a) : 0.0;
        return x > 0 ? c : 2.0 - c;
    }

    /** erf(x) = 2x/sqrt(pi) e^(-x^2) sum_k (2x^2)^k / (1*3*...*(2k+1)). */
    private static double seriesErf(double x) {
        double x2 = x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < 100; k++) {
            term *= 2 * x2 / (2 * k + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2.0 * x / SQRT_PI * Math.exp(-x2) * sum;
    }

    /** erfc(x) for x >= 1.5 by the Laplace continued fraction, evaluated bottom-up. */
    private static double continuedFractionErfc(double x) {
        double x2 = x * x;
        // erfc(x) = e^(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
        double f = x;
        for (int n = 120; n >= 1; n--) {
            f = x + (n / 2.0) / f;
        }
        return Math.exp(-x2) / SQRT_PI / f;
    }

    /** Lanczos approximation (g = 7, 9 terms). */
    private static final double LANCZOS_G = 7;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    private static final double[] FACTORIALS = new double[23];

    static {
        FACTORIALS[0] = 1;
        for (int i = 1; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = FACTORIALS[i - 1] * i;
        }
    }

    private static double lanczosSum(double z) {
        double s = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            s += LANCZOS[i] / (z + i);
        }
        return s;
    }

    /**
     * Gamma(x); NaN for poles (0 and negative integers) and +-Infinity on overflow, which the
     * caller reports as domain/range errors.
     */
    public static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : Double.NaN;
        }
        if (x == Math.floor(x)) {
            if (x <= 0) {
                return Double.NaN;
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        if (x < 0.5) {
            // reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x)
            return Math.PI / (sinPi(x) * gamma(1 - x));
        }
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        double z = x - 1;
        double t = z + LANCZOS_G + 0.5;
        // split the power to avoid overflow near the top of the range
        double p = Math.pow(t, (z + 0.5) / 2);
        return Math.sqrt(2 * Math.PI) * p * (p * Math.exp(-t)) * lanczosSum(z);
    }

    /** log|Gamma(x)|; NaN at the poles (the caller reports a domain error there). */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2) {
            return x <= 0 ? Double.NaN : 0.0;
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(sinPi(x))) - lgamma(1 - x);
        }
        double z = x - 1;
        double t = z + LANCZOS_G + 0.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(z));
    }

    /** log2 of a positive double (inf and nan pass through): exact for powers of two, else e + log2(m) with m near 1. */
    public static double log2(double d) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return d;
        }
        int e = Math.getExponent(d);
        if (e < Double.MIN_EXPONENT) {   // subnormal: scale into the normal range first
            return log2(d * 0x1p64) - 64;
        }
        double m = Math.scalb(d, -e);   // in [1, 2)
        if (m == 1.0) {
            return e;
        }
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        return e + Math.log(m) / LN2;
    }

    /** sin(pi x) with exact zeros at integers. */
    private static double sinPi(double x) {
        double r = x % 2.0;
        if (r == Math.floor(r)) {
            return 0.0 * x;
        }
        return Math.sin(Math.PI * r);
    }
}
