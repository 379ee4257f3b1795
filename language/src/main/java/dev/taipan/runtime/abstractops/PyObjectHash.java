package dev.taipan.runtime.abstractops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code hash(obj)} with CPython's algorithms for numbers and tuples (ints modulo 2**61-1,
 * floats consistent with ints, xxHash-style tuple combination), so that equal numbers of
 * different types hash alike and set iteration order matches CPython's.
 */
public final class PyObjectHash {
    private PyObjectHash() {
    }

    public static final long MODULUS = (1L << 61) - 1;
    public static final int BITS = 61;
    public static final long INF = 314159;

    @TruffleBoundary
    public static long executeUncached(Object o) {
        if (o instanceof String s) {
            return hashString(s);
        } else if (o instanceof Long l) {
            return hashLong(l);
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Double d) {
            return hashDouble(d);
        } else if (o instanceof BigInteger b) {
            return hashBigInteger(b);
        } else if (o instanceof PTuple t && t.getExplicitClass() == null) {
            return hashTuple(t);
        } else if (o instanceof dev.taipan.runtime.objects.PBytes b && b.getExplicitClass() == null) {
            return dev.taipan.runtime.bytes.BytesOps.hash(b.bytes());
        }
        PythonClass type = PyObjectGetClass.get(o);
        Object hash = type.lookup("__hash__");
        if (hash == null || hash == PNone.NONE) {
            throw PythonErrors.typeError("unhashable type: '%s'", type.getTpName());
        }
        if (hash instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.OBJECT) {
            return identityHash(o);
        }
        return ofHashResult(CallDispatch.callMethod(hash, o));
    }

    /** The hash a {@code __hash__} result stands for (an int, reduced; else TypeError). */
    @TruffleBoundary
    public static long ofHashResult(Object r) {
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean || r instanceof BigInteger) {
            return executeUncached(r);
        } else if (r instanceof dev.taipan.runtime.objects.PythonObject po && PyObjectGetClass.get(po).isSubtypeOfBuiltin(BuiltinType.INT)) {
            return executeUncached(PyNumberConvert.index(po));
        }
        throw PythonErrors.typeError("__hash__ method should return an integer");
    }

    public static long identityHash(Object o) {
        long h = System.identityHashCode(o);
        return h == -1 ? -2 : h;
    }

    /** str hash: not CPython's randomised SipHash (programs cannot rely on it), but stable within a run. */
    public static long hashString(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    public static long hashLong(long v) {
        if (v >= 0) {
            return v < MODULUS ? v : v % MODULUS;
        }
        if (v == Long.MIN_VALUE) {
            return hashBigInteger(BigInteger.valueOf(v));
        }
        long h = -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashBigInteger(BigInteger b) {
        long h = b.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble (NaN hashes by identity in CPython; here to 0 like 3.9). */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == (long) v && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        int e = Math.getExponent(v);
        double m;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (e == Double.MIN_EXPONENT - 1) {
            e = Math.getExponent(v * 0x1p54) + 1 - 54;
        } else {
            e = e + 1;
        }
        m = Math.scalb(v, -e);   // exact, also where 2**e itself is not a double (e = 1024)
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (BITS - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | (x >>> (BITS - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    @TruffleBoundary
    public static long hashTuple(PTuple t) {
        return hashSequence(t.items());
    }

    /** The tuple hash (xxHash-based combination of the item hashes). */
    @TruffleBoundary
    public static long hashSequence(Object[] items) {
        long acc = combineHashes(items) + (items.length ^ (XXPRIME_5 ^ 3527539L));
        return acc == -1 ? 1546275796 : acc;
    }

    /** A slice's hash (3.12): the tuple's combination of start, stop and step, without the length. */
    @TruffleBoundary
    public static long hashSlice(Object start, Object stop, Object step) {
        long acc = combineHashes(new Object[]{start, stop, step});
        return acc == -1 ? 1546275796 : acc;
    }

    private static long combineHashes(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = executeUncached(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        return acc;
    }
}
