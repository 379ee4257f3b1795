package dev.taipan.runtime.bytes;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PPrimitiveObject;

/**
 * The element format of a memoryview: one native struct character ({@code B b c ? h H i I l L q Q
 * n N f d e P}), optionally prefixed with '@', in the platform's (little-endian, LP64) sizes.
 * Reads an element as a Python value and writes one back, as CPython's memoryobject.c does.
 */
public final class BufferFormat {
    public static final BufferFormat UNSIGNED_BYTE = new BufferFormat("B", 'B', 1);

    /** The format string as given (memoryview.format). */
    public final String text;
    public final char code;
    public final int itemsize;

    private BufferFormat(String text, char code, int itemsize) {
        this.text = text;
        this.code = code;
        this.itemsize = itemsize;
    }

    /** The format for {@code text}, or null when it is not a native single-character format. */
    public static BufferFormat parse(String text) {
        String t = text.startsWith("@") ? text.substring(1) : text;
        if (t.length() != 1) {
            return null;
        }
        char c = t.charAt(0);
        int size = switch (c) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
        if (size < 0) {
            return null;
        }
        if (c == 'B' && text.equals("B")) {
            return UNSIGNED_BYTE;
        }
        return new BufferFormat(text, c, size);
    }

    /** One of 'B', 'b', 'c': the formats a memoryview can hash and cast between freely. */
    public boolean isByteFormat() {
        return code == 'B' || code == 'b' || code == 'c';
    }

    private static long readLE(byte[] a, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (a[off + i] & 0xff);
        }
        return v;
    }

    private static void writeLE(byte[] a, int off, int n, long v) {
        for (int i = 0; i < n; i++) {
            a[off + i] = (byte) (v >>> (8 * i));
        }
    }

    /** The element at byte offset {@code off} of {@code a} as a Python value. */
    @TruffleBoundary
    public Object unpack(byte[] a, int off) {
        switch (code) {
            case 'B':
                return (long) (a[off] & 0xff);
            case 'b':
                return (long) a[off];
            case 'c':
                return new PBytes(new byte[]{a[off]});
            case '?':
                return a[off] != 0;
            case 'h':
                return (long) (short) readLE(a, off, 2);
            case 'H':
                return readLE(a, off, 2);
            case 'i':
                return (long) (int) readLE(a, off, 4);
            case 'I':
                return readLE(a, off, 4);
            case 'l', 'q', 'n':
                return readLE(a, off, 8);
            case 'L', 'Q', 'N', 'P': {
                long v = readLE(a, off, 8);
                return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
            }
            case 'f':
                return (double) Float.intBitsToFloat((int) readLE(a, off, 4));
            case 'd':
                return Double.longBitsToDouble(readLE(a, off, 8));
            case 'e':
                return (double) Float.float16ToFloat((short) readLE(a, off, 2));
            default:
                throw new IllegalStateException();
        }
    }

    /** Stores {@code value} as the element at byte offset {@code off} of {@code a}. */
    @TruffleBoundary
    public void pack(Object value, byte[] a, int off) {
        switch (code) {
            case 'c': {
                if (!(value instanceof PBytes b) || b.size() != 1) {
                    throw invalidType();
                }
                a[off] = b.bytes()[0];
                return;
            }
            case '?':
                a[off] = (byte) (PyObjectIsTrue.execute(value) ? 1 : 0);
                return;
            case 'f', 'd', 'e': {
                double d;
                if (value instanceof Double x) {
                    d = x;
                } else if (IntMath.isInt(value) || PPrimitiveObject.floatValue(value) != null || PPrimitiveObject.intValue(value) != null) {
                    d = PyNumberConvert.asDouble(value);
                } else {
                    throw invalidType();
                }
                if (code == 'f') {
                    writeLE(a, off, 4, Float.floatToRawIntBits((float) d));
                } else if (code == 'd') {
                    writeLE(a, off, 8, Double.doubleToRawLongBits(d));
                } else {
                    writeLE(a, off, 2, Float.floatToFloat16((float) d));
                }
                return;
            }
            default:
                break;
        }
        if (!IntMath.isInt(value) && PPrimitiveObject.intValue(value) == null && PyObjectGetClass.get(value).lookup("__index__") == null) {
            throw invalidType();
        }
        BigInteger v = IntMath.big(PyNumberConvert.index(value));
        boolean signed = Character.isLowerCase(code) && code != 'c';
        int bits = itemsize * 8;
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw PythonErrors.valueError("memoryview: invalid value for format '%s'", text);
        }
        writeLE(a, off, itemsize, v.longValue());
    }

    private RuntimeException invalidType() {
        return PythonErrors.typeError("memoryview: invalid type for format '%s'", text);
    }
}
