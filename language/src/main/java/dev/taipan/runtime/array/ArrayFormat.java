package dev.taipan.runtime.array;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * The item type of an {@code array.array}, by typecode: its size and how an item is stored in
 * native (little-endian, LP64) byte order, with the conversion errors of CPython's arraymodule.c
 * (which differ per typecode because each goes through a different C converter).
 */
public enum ArrayFormat {
    BYTE('b', 1),
    UBYTE('B', 1),
    UNICODE('u', 4),
    SHORT('h', 2),
    USHORT('H', 2),
    INT('i', 4),
    UINT('I', 4),
    LONG('l', 8),
    ULONG('L', 8),
    LONGLONG('q', 8),
    ULONGLONG('Q', 8),
    FLOAT('f', 4),
    DOUBLE('d', 8);

    public static final String TYPECODES = "bBuhHiIlLqQfd";
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public final char code;
    public final int itemsize;

    ArrayFormat(char code, int itemsize) {
        this.code = code;
        this.itemsize = itemsize;
    }

    /** The format of {@code code}, or null. */
    public static ArrayFormat of(int code) {
        for (ArrayFormat f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }

    public boolean isFloat() {
        return this == FLOAT || this == DOUBLE;
    }

    public boolean isInteger() {
        return !isFloat() && this != UNICODE;
    }

    static long read(byte[] a, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (a[off + i] & 0xff);
        }
        return v;
    }

    static void write(byte[] a, int off, int n, long v) {
        for (int i = 0; i < n; i++) {
            a[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** The item at byte offset {@code off} as a Python value. */
    @TruffleBoundary
    public Object get(byte[] a, int off) {
        return switch (this) {
            case BYTE -> (long) a[off];
            case UBYTE -> (long) (a[off] & 0xff);
            case UNICODE -> {
                long cp = read(a, off, 4);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw PythonErrors.valueError("chr() arg not in range(0x110000)");
                }
                yield Character.toString((int) cp);
            }
            case SHORT -> (long) (short) read(a, off, 2);
            case USHORT -> read(a, off, 2);
            case INT -> (long) (int) read(a, off, 4);
            case UINT -> read(a, off, 4);
            case LONG, LONGLONG -> read(a, off, 8);
            case ULONG, ULONGLONG -> {
                long v = read(a, off, 8);
                yield v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
            }
            case FLOAT -> (double) Float.intBitsToFloat((int) read(a, off, 4));
            case DOUBLE -> Double.longBitsToDouble(read(a, off, 8));
        };
    }

    /** Converts {@code value} and stores it at byte offset {@code off}; nothing is stored on error. */
    @TruffleBoundary
    public void set(byte[] a, int off, Object value) {
        write(a, off, itemsize, bits(value));
    }

    /** The stored bits of {@code value}, raising CPython's TypeError/OverflowError when it does not fit. */
    @TruffleBoundary
    public long bits(Object value) {
        switch (this) {
            case FLOAT:
                return Float.floatToRawIntBits((float) PyNumberConvert.asDouble(value)) & 0xffffffffL;
            case DOUBLE:
                return Double.doubleToRawLongBits(PyNumberConvert.asDouble(value));
            case UNICODE: {
                String s = StrBuiltins.asString(value);
                if (s == null || s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
                    throw PythonErrors.typeError("array item must be unicode character");
                }
                return s.codePointAt(0);
            }
            default:
                break;
        }
        BigInteger v = toBig(PyNumberConvert.index(value));
        return switch (this) {
            // 'b' items go through C's short converter before the char range check
            case BYTE -> range(range(asLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"), -128, 127, "signed char");
            case UBYTE -> range(asLong(v), 0, 255, "unsigned byte integer");
            case SHORT -> range(asLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case USHORT -> range(range(asLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"), 0, 0xffff, "unsigned short");
            case INT -> range(asLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case LONG -> asLong(v);
            case UINT, ULONG -> {
                if (v.signum() < 0) {
                    throw PythonErrors.overflowError("can't convert negative value to unsigned int");
                }
                if (v.compareTo(ULONG_MAX) > 0) {
                    throw PythonErrors.overflowError("Python int too large to convert to C unsigned long");
                }
                if (this == UINT && v.compareTo(BigInteger.valueOf(0xffffffffL)) > 0) {
                    throw PythonErrors.overflowError("unsigned int is greater than maximum");
                }
                yield v.longValue();
            }
            case LONGLONG -> {
                if (v.bitLength() > 63) {
                    throw PythonErrors.overflowError("int too big to convert");
                }
                yield v.longValue();
            }
            case ULONGLONG -> {
                if (v.signum() < 0) {
                    throw PythonErrors.overflowError("can't convert negative int to unsigned");
                }
                if (v.compareTo(ULONG_MAX) > 0) {
                    throw PythonErrors.overflowError("int too big to convert");
                }
                yield v.longValue();
            }
            default -> throw new IllegalStateException();
        };
    }

    private static BigInteger toBig(Object i) {
        return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
    }

    private static long asLong(BigInteger v) {
        if (v.bitLength() > 63) {
            throw PythonErrors.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    private static long range(long v, long min, long max, String what) {
        if (v < min) {
            throw PythonErrors.overflowError("%s is less than minimum", what);
        }
        if (v > max) {
            throw PythonErrors.overflowError("%s is greater than maximum", what);
        }
        return v;
    }
}
