package dev.taipan.runtime.struct;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * IEEE 754 binary16 ({@code 'e'} format): rounds a double straight to half precision (round half
 * to even, no double rounding through float) and widens halves back to doubles.
 */
public final class HalfFloat {
    private HalfFloat() {
    }

    /** The 16 bits of {@code x}; OverflowError when it rounds beyond the largest half. */
    public static int fromDouble(double x) {
        int sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        double a = Math.abs(x);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a < 0x1p-14) {
            // subnormal (or rounding up into the smallest normal): units of 2**-24
            return sign | (int) Math.rint(Math.scalb(a, 24));
        }
        int e = Math.getExponent(a);
        long m = (long) Math.rint(Math.scalb(a, 10 - e));
        if (m == 2048) {
            m = 1024;
            e++;
        }
        if (e > 15) {
            throw PythonErrors.overflowError("float too large to pack with e format");
        }
        return sign | ((e + 15) << 10) | (int) (m - 1024);
    }

    public static double toDouble(int bits) {
        int exp = (bits >> 10) & 0x1f;
        int mant = bits & 0x3ff;
        double v;
        if (exp == 0) {
            v = Math.scalb((double) mant, -24);
        } else if (exp == 31) {
            v = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            v = Math.scalb((double) (mant | 0x400), exp - 25);
        }
        return (bits & 0x8000) != 0 ? -v : v;
    }
}
