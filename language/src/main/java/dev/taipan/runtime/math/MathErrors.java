package dev.taipan.runtime.math;

import dev.taipan.runtime.exceptions.PythonErrors;

/** CPython's libm error conventions: a NaN from a non-NaN input is a domain error, an infinity from a finite input a range error. */
public final class MathErrors {
    private MathErrors() {
    }

    public static RuntimeException domain() {
        return PythonErrors.valueError("math domain error");
    }

    public static RuntimeException range() {
        return PythonErrors.overflowError("math range error");
    }

    /** Checks f(x) = r for a function that can overflow. */
    public static double check(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }
}
