package dev.taipan.runtime.math;

import static dev.taipan.runtime.math.ComplexSpecialValues.kind;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * The functions of {@code cmath}, following CPython's cmathmodule.c: C99 Annex G results for
 * special values, care against spurious overflow for huge arguments and accuracy loss for tiny
 * ones. Like C, a computation records an error code ({@link #errno}) and the caller raises at the
 * end, so an intermediate step may set and a later one clear it (cmath.log with a base relies on
 * this).
 */
public final class ComplexFunctions {
    public static final int OK = 0;
    public static final int EDOM = 1;
    public static final int ERANGE = 2;

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    private static final int MANT_DIG = 53;
    private static final int SCALE_UP = 2 * (MANT_DIG / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    public int errno;

    /** Raises ValueError or OverflowError for the recorded error, if any. */
    public void check() {
        if (errno == EDOM) {
            throw PythonErrors.valueError("math domain error");
        } else if (errno == ERANGE) {
            throw PythonErrors.overflowError("math range error");
        }
    }

    private static boolean finite(double[] z) {
        return Double.isFinite(z[0]) && Double.isFinite(z[1]);
    }

    private double[] special(double[][][] table, double[] z) {
        errno = OK;
        return table[kind(z[0])][kind(z[1])].clone();
    }

    private static double[] c(double re, double im) {
        return new double[]{re, im};
    }

    /** fdlibm's asinh (Java has none): exact for tiny, log-based for huge arguments. */
    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        double w;
        if (ax < 0x1p-28) {
            return x;
        } else if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2) {
            w = Math.log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    public double[] sqrt(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.SQRT, z);
        }
        errno = OK;
        if (z[0] == 0 && z[1] == 0) {
            return c(0.0, z[1]);
        }
        double ax = Math.abs(z[0]);
        double ay = Math.abs(z[1]);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot of subnormals loses precision: scale up first
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.;
            s = 2. * Math.sqrt(ax + Math.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        return z[0] >= 0 ? c(s, Math.copySign(d, z[1])) : c(d, Math.copySign(s, z[1]));
    }

    public double[] acos(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.ACOS, z);
        }
        double[] r;
        if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
            double re = Math.atan2(Math.abs(z[1]), z[0]);
            double l = Math.log(Math.hypot(z[0] / 2., z[1] / 2.)) + LN2 * 2.;
            r = c(re, z[0] < 0 ? -Math.copySign(l, z[1]) : Math.copySign(l, -z[1]));
        } else {
            double[] s1 = sqrt(c(1. - z[0], -z[1]));
            double[] s2 = sqrt(c(1. + z[0], z[1]));
            r = c(2. * Math.atan2(s1[0], s2[0]), asinh(s2[0] * s1[1] - s2[1] * s1[0]));
        }
        errno = OK;
        return r;
    }

    public double[] acosh(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.ACOSH, z);
        }
        double[] r;
        if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
            r = c(Math.log(Math.hypot(z[0] / 2., z[1] / 2.)) + LN2 * 2., Math.atan2(z[1], z[0]));
        } else {
            double[] s1 = sqrt(c(z[0] - 1., z[1]));
            double[] s2 = sqrt(c(z[0] + 1., z[1]));
            r = c(asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2. * Math.atan2(s1[1], s2[0]));
        }
        errno = OK;
        return r;
    }

    public double[] asinh(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.ASINH, z);
        }
        double[] r;
        if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
            double l = Math.log(Math.hypot(z[0] / 2., z[1] / 2.)) + LN2 * 2.;
            r = c(z[1] >= 0 ? Math.copySign(l, z[0]) : -Math.copySign(l, -z[0]), Math.atan2(z[1], Math.abs(z[0])));
        } else {
            double[] s1 = sqrt(c(1. + z[1], -z[0]));
            double[] s2 = sqrt(c(1. - z[1], z[0]));
            r = c(asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1]));
        }
        errno = OK;
        return r;
    }

    /** asin(z) = -i asinh(iz). */
    public double[] asin(double[] z) {
        double[] s = asinh(c(-z[1], z[0]));
        return c(s[1], -s[0]);
    }

    public double[] atanh(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.ATANH, z);
        }
        if (z[0] < 0) {
            // atanh is odd: reduce to a non-negative real part
            double[] r = atanh(c(-z[0], -z[1]));
            return c(-r[0], -r[1]);
        }
        double ay = Math.abs(z[1]);
        double[] r;
        if (z[0] > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(z[0] / 2., z[1] / 2.);
            r = c(z[0] / 4. / h / h, -Math.copySign(Math.PI / 2., -z[1]));
            errno = OK;
        } else if (z[0] == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                r = c(Double.POSITIVE_INFINITY, z[1]);
                errno = EDOM;
            } else {
                r = c(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2.))), Math.copySign(Math.atan2(2., -ay) / 2, z[1]));
                errno = OK;
            }
        } else {
            r = c(Math.log1p(4. * z[0] / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4., -Math.atan2(-2. * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2.);
            errno = OK;
        }
        return r;
    }

    /** atan(z) = -i atanh(iz). */
    public double[] atan(double[] z) {
        double[] s = atanh(c(-z[1], z[0]));
        return c(s[1], -s[0]);
    }

    public double[] cosh(double[] z) {
        if (!finite(z)) {
            double[] r;
            if (Double.isInfinite(z[0]) && Double.isFinite(z[1]) && z[1] != 0.) {
                double inf = Double.POSITIVE_INFINITY;
                r = z[0] > 0 ? c(Math.copySign(inf, Math.cos(z[1])), Math.copySign(inf, Math.sin(z[1])))
                                : c(Math.copySign(inf, Math.cos(z[1])), -Math.copySign(inf, Math.sin(z[1])));
            } else {
                r = ComplexSpecialValues.COSH[kind(z[0])][kind(z[1])].clone();
            }
            errno = Double.isInfinite(z[1]) && !Double.isNaN(z[0]) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(z[0]) > LOG_LARGE) {
            // cosh(x) alone would overflow where cosh(z) need not
            double xm1 = z[0] - Math.copySign(1., z[0]);
            r = c(Math.cos(z[1]) * Math.cosh(xm1) * Math.E, Math.sin(z[1]) * Math.sinh(xm1) * Math.E);
        } else {
            r = c(Math.cos(z[1]) * Math.cosh(z[0]), Math.sin(z[1]) * Math.sinh(z[0]));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    /** cos(z) = cosh(iz). */
    public double[] cos(double[] z) {
        return cosh(c(-z[1], z[0]));
    }

    public double[] sinh(double[] z) {
        if (!finite(z)) {
            double[] r;
            if (Double.isInfinite(z[0]) && Double.isFinite(z[1]) && z[1] != 0.) {
                double inf = Double.POSITIVE_INFINITY;
                r = z[0] > 0 ? c(Math.copySign(inf, Math.cos(z[1])), Math.copySign(inf, Math.sin(z[1])))
                                : c(-Math.copySign(inf, Math.cos(z[1])), Math.copySign(inf, Math.sin(z[1])));
            } else {
                r = ComplexSpecialValues.SINH[kind(z[0])][kind(z[1])].clone();
            }
            errno = Double.isInfinite(z[1]) && !Double.isNaN(z[0]) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(z[0]) > LOG_LARGE) {
            double xm1 = z[0] - Math.copySign(1., z[0]);
            r = c(Math.cos(z[1]) * Math.sinh(xm1) * Math.E, Math.sin(z[1]) * Math.cosh(xm1) * Math.E);
        } else {
            r = c(Math.cos(z[1]) * Math.sinh(z[0]), Math.sin(z[1]) * Math.cosh(z[0]));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    /** sin(z) = -i sinh(iz). */
    public double[] sin(double[] z) {
        double[] s = sinh(c(-z[1], z[0]));
        return c(s[1], -s[0]);
    }

    public double[] tanh(double[] z) {
        if (!finite(z)) {
            double[] r;
            if (Double.isInfinite(z[0]) && Double.isFinite(z[1]) && z[1] != 0.) {
                r = c(z[0] > 0 ? 1.0 : -1.0, Math.copySign(0., 2. * Math.sin(z[1]) * Math.cos(z[1])));
            } else {
                r = ComplexSpecialValues.TANH[kind(z[0])][kind(z[1])].clone();
            }
            errno = Double.isInfinite(z[1]) && Double.isFinite(z[0]) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(z[0]) > LOG_LARGE) {
            r = c(Math.copySign(1., z[0]), 4. * Math.sin(z[1]) * Math.cos(z[1]) * Math.exp(-2. * Math.abs(z[0])));
        } else {
            double tx = Math.tanh(z[0]);
            double ty = Math.tan(z[1]);
            double cx = 1. / Math.cosh(z[0]);
            double txty = tx * ty;
            double denom = 1. + txty * txty;
            r = c(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
        }
        errno = OK;
        return r;
    }

    /** tan(z) = -i tanh(iz). */
    public double[] tan(double[] z) {
        double[] s = tanh(c(-z[1], z[0]));
        return c(s[1], -s[0]);
    }

    public double[] exp(double[] z) {
        if (!finite(z)) {
            double[] r;
            if (Double.isInfinite(z[0]) && Double.isFinite(z[1]) && z[1] != 0.) {
                r = z[0] > 0 ? c(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(z[1])), Math.copySign(Double.POSITIVE_INFINITY, Math.sin(z[1])))
                                : c(Math.copySign(0., Math.cos(z[1])), Math.copySign(0., Math.sin(z[1])));
            } else {
                r = ComplexSpecialValues.EXP[kind(z[0])][kind(z[1])].clone();
            }
            errno = Double.isInfinite(z[1]) && (Double.isFinite(z[0]) || z[0] == Double.POSITIVE_INFINITY) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (z[0] > LOG_LARGE) {
            double l = Math.exp(z[0] - 1.);
            r = c(l * Math.cos(z[1]) * Math.E, l * Math.sin(z[1]) * Math.E);
        } else {
            double l = Math.exp(z[0]);
            r = c(l * Math.cos(z[1]), l * Math.sin(z[1]));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    public double[] log(double[] z) {
        if (!finite(z)) {
            return special(ComplexSpecialValues.LOG, z);
        }
        double ax = Math.abs(z[0]);
        double ay = Math.abs(z[1]);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(Math.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                // hypot of subnormals is inexact: rescale
                re = Math.log(Math.hypot(Math.scalb(ax, MANT_DIG), Math.scalb(ay, MANT_DIG))) - MANT_DIG * LN2;
            } else {
                errno = EDOM;
                return c(Double.NEGATIVE_INFINITY, Math.atan2(z[1], z[0]));
            }
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // near |z| = 1, log1p keeps the digits that log(h) would lose
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = Math.log(h);
            }
        }
        errno = OK;
        return c(re, Math.atan2(z[1], z[0]));
    }

    public double[] log10(double[] z) {
        double[] r = log(z);
        return c(r[0] / LN10, r[1] / LN10);
    }

    /** Complex division as CPython's _Py_c_quot: EDOM for a zero divisor, errno untouched otherwise. */
    public double[] quot(double[] a, double[] b) {
        double abr = Math.abs(b[0]);
        double abi = Math.abs(b[1]);
        if (abr >= abi) {
            if (abr == 0.0) {
                errno = EDOM;
                return c(0.0, 0.0);
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return c((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        } else if (abi >= abr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return c((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return c(Double.NaN, Double.NaN);
    }

    /** atan2 with C99's results for infinities and signed zeros. */
    public static double phase(double[] z) {
        double x = z[0];
        double y = z[1];
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1., x) == 1. ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.) {
            return Math.copySign(Math.copySign(1., x) == 1. ? 0. : Math.PI, y);
        }
        return Math.atan2(y, x);
    }

    /** abs(z) as CPython's _Py_c_abs: ERANGE when finite parts overflow. */
    public double abs(double[] z) {
        if (!finite(z)) {
            errno = OK;
            if (Double.isInfinite(z[0])) {
                return Math.abs(z[0]);
            }
            if (Double.isInfinite(z[1])) {
                return Math.abs(z[1]);
            }
            return Double.NaN;
        }
        double r = Math.hypot(z[0], z[1]);
        errno = Double.isFinite(r) ? OK : ERANGE;
        return r;
    }

    public double[] rect(double r, double phi) {
        double[] z;
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.) {
                double inf = Double.POSITIVE_INFINITY;
                z = r > 0 ? c(Math.copySign(inf, Math.cos(phi)), Math.copySign(inf, Math.sin(phi)))
                                : c(-Math.copySign(inf, Math.cos(phi)), -Math.copySign(inf, Math.sin(phi)));
            } else {
                z = ComplexSpecialValues.RECT[kind(r)][kind(phi)].clone();
            }
            errno = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : OK;
        } else if (phi == 0.0) {
            z = c(r, r * phi);
            errno = OK;
        } else {
            z = c(r * Math.cos(phi), r * Math.sin(phi));
            errno = OK;
        }
        return z;
    }
}
