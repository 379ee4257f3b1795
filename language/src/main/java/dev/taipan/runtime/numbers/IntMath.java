package dev.taipan.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * Python int arithmetic on the two representations: {@code long} and {@link BigInteger} (only
 * for values outside the long range: every result is normalised back to Long when it fits).
 * Booleans count as 0 and 1. Floor division and modulo round towards negative infinity.
 */
public final class IntMath {
    private IntMath() {
    }

    public static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    public static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Is {@code o} a Python int (including bool)? */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger || o instanceof Integer;
    }

    /** A Python int value as BigInteger. */
    @TruffleBoundary
    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        throw new IllegalArgumentException("not an int: " + o);
    }

    /** Whether o is an int that fits a long (Long, Boolean, Integer). */
    public static boolean fitsLong(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Integer;
    }

    public static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (Integer) o;
    }

    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).add(big(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).subtract(big(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return normalize(big(a).multiply(big(b)));
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            if (y == 0) {
                throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
            }
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return Math.floorDiv(x, y);
            }
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            if (y == 0) {
                throw PythonErrors.zeroDivisionError("integer modulo by zero");
            }
            if (y == -1) {
                return 0L;
            }
            return Math.floorMod(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PythonErrors.zeroDivisionError("integer modulo by zero");
        }
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return normalize(r);
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static Object[] divmod(Object a, Object b) {
        return new Object[]{floorDiv(a, b), mod(a, b)};
    }

    /** int / int: true division with correct rounding, like CPython's long_true_divide. */
    @TruffleBoundary
    public static double trueDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), y = asLong(b);
            if (y == 0) {
                throw PythonErrors.zeroDivisionError("division by zero");
            }
            // exact when both fit in 53 bits
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = big(a), y = big(b);
        if (y.signum() == 0) {
            throw PythonErrors.zeroDivisionError("division by zero");
        }
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0;
        }
        // an integer quotient of 55-56 bits (two below a double's 53, and a sticky bit for any
        // remainder) rounds once to the nearest double; subnormal results keep fewer bits
        BigInteger ax = x.abs(), ay = y.abs();
        int n = ax.bitLength() - ay.bitLength();
        if (n > Double.MAX_EXPONENT + 1) {
            throw PythonErrors.overflowError("integer division result too large for a float");
        }
        int shift = Math.min(55 - n, -Double.MIN_EXPONENT + 52 + 2);
        BigInteger[] qr = shift >= 0 ? ax.shiftLeft(shift).divideAndRemainder(ay) : ax.divideAndRemainder(ay.shiftLeft(-shift));
        long q = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        double r = Math.scalb((double) q, -shift);
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflowError("integer division result too large for a float");
        }
        return x.signum() * y.signum() < 0 ? -r : r;
    }

    @TruffleBoundary
    public static Object neg(Object a) {
        if (fitsLong(a)) {
            long x = asLong(a);
            if (x != Long.MIN_VALUE) {
                return -x;
            }
        }
        return normalize(big(a).negate());
    }

    @TruffleBoundary
    public static Object abs(Object a) {
        if (fitsLong(a)) {
            long x = asLong(a);
            if (x != Long.MIN_VALUE) {
                return Math.abs(x);
            }
        }
        return normalize(big(a).abs());
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (fitsLong(a)) {
            return ~asLong(a);
        }
        return normalize(big(a).not());
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) & asLong(b);
        }
        return normalize(big(a).and(big(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) | asLong(b);
        }
        return normalize(big(a).or(big(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return asLong(a) ^ asLong(b);
        }
        return normalize(big(a).xor(big(b)));
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), s = asLong(b);
            if (x == 0) {
                return 0L;
            }
            if (s < 63) {
                long r = x << s;
                if (r >> s == x) {
                    return r;
                }
            }
        }
        if (n.bitLength() > 31) {
            if (big(a).signum() == 0) {
                return 0L;
            }
            throw PythonErrors.overflowError("too many digits in integer");
        }
        return normalize(big(a).shiftLeft(n.intValue()));
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = asLong(a), s = asLong(b);
            return x >> Math.min(s, 63);
        }
        if (n.bitLength() > 31) {
            return big(a).signum() < 0 ? -1L : 0L;
        }
        return normalize(big(a).shiftRight(n.intValue()));
    }

    /** {@code a ** b} for ints; a negative exponent gives a float. */
    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatMath.pow(base, toDouble(b));
        }
        BigInteger base = big(a);
        if (base.equals(BigInteger.ONE) || base.signum() == 0 && e.signum() > 0) {
            return normalize(base);
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return e.testBit(0) ? -1L : 1L;
        }
        if (e.bitLength() > 31) {
            throw PythonErrors.overflowError("exponent too large");
        }
        if (fitsLong(a)) {
            long x = asLong(a);
            long n = e.longValue();
            long result = 1;
            boolean overflow = false;
            long bb = x;
            long nn = n;
            while (nn > 0) {
                if ((nn & 1) == 1) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                nn >>= 1;
                if (nn > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return result;
            }
        }
        return normalize(base.pow(e.intValue()));
    }

    /** Three-argument pow: {@code pow(a, b, m)}. */
    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw PythonErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger e = big(b);
        BigInteger base = big(a);
        BigInteger absMod = mod.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException ex) {
                throw PythonErrors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return normalize(r);
    }

    /** int → float, raising OverflowError like CPython for huge values. */
    @TruffleBoundary
    public static double toDouble(Object a) {
        if (fitsLong(a)) {
            return asLong(a);
        }
        double d = big(a).doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(asLong(a), asLong(b));
        }
        return big(a).compareTo(big(b));
    }

    @TruffleBoundary
    public static String toString(Object a) {
        return fitsLong(a) ? Long.toString(asLong(a)) : decimalDigits(big(a).abs(), big(a).signum() < 0 ? "-" : "");
    }

    /** CPython's default sys.get_int_max_str_digits() (CVE-2020-10735). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The smallest limit sys.set_int_max_str_digits() accepts besides 0. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /**
     * The decimal digits of a non-negative {@code magnitude}, prefixed by {@code sign}, refusing
     * more digits than the context's limit (checked from the bit length first, so a huge number
     * is refused without the costly conversion).
     */
    @TruffleBoundary
    public static String decimalDigits(BigInteger magnitude, String sign) {
        if (magnitude.bitLength() < 63) {
            // at most 19 digits, below any limit (the smallest is 640): no context lookup
            String digits = Long.toString(magnitude.longValue());
            return sign.isEmpty() ? digits : sign + digits;
        }
        int limit = dev.taipan.TaipanContext.get(null).getIntMaxStrDigits();
        if (limit > 0 && (long) (magnitude.bitLength() * 0.30102999566398) > limit) {
            throw strDigitsError(limit);
        }
        String digits = magnitude.toString();
        if (limit > 0 && digits.length() > limit) {
            throw strDigitsError(limit);
        }
        return sign.isEmpty() ? digits : sign + digits;
    }

    private static RuntimeException strDigitsError(int limit) {
        return PythonErrors.valueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    /** int(d) for a float: truncates; NaN and infinities raise like CPython. */
    @TruffleBoundary
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return normalize(new java.math.BigDecimal(d).toBigInteger());
    }
}
