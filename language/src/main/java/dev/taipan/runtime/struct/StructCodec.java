package dev.taipan.runtime.struct;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.struct.StructLayout.Item;

/** Packs Python values into bytes and unpacks them, following a {@link StructLayout}. */
public final class StructCodec {
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private StructCodec() {
    }

    /** Writes {@code args[from..]} at {@code buf[pos..]}; the caller checked the count and room. */
    @TruffleBoundary
    public static void pack(StructLayout layout, Object[] args, int from, byte[] buf, int pos) {
        int a = from;
        for (Item item : layout.items) {
            int at = pos + (int) item.offset();
            for (long k = 0; k < item.repeat(); k++) {
                packOne(layout, item, args[a++], buf, at);
                at += (int) item.size();
            }
        }
    }

    @TruffleBoundary
    public static Object[] unpack(StructLayout layout, byte[] buf, int pos) {
        Object[] out = new Object[layout.count];
        int o = 0;
        for (Item item : layout.items) {
            int at = pos + (int) item.offset();
            for (long k = 0; k < item.repeat(); k++) {
                out[o++] = unpackOne(layout, item, buf, at);
                at += (int) item.size();
            }
        }
        return out;
    }

    private static void packOne(StructLayout layout, Item item, Object v, byte[] buf, int at) {
        char c = item.code();
        switch (c) {
            case 'c' -> {
                if (!(v instanceof PBytes b) || b.size() != 1) {
                    throw StructLayout.error("char format requires a bytes object of length 1");
                }
                buf[at] = b.bytes()[0];
            }
            case 's', 'p' -> {
                byte[] data;
                if (v instanceof PBytes b) {
                    data = b.bytes();
                } else if (v instanceof PByteArray ba) {
                    data = ba.toBytes();
                } else {
                    throw StructLayout.error("argument for '%s' must be a bytes object", String.valueOf(c));
                }
                int field = (int) item.size();
                if (c == 's') {
                    System.arraycopy(data, 0, buf, at, Math.min(data.length, field));
                } else if (field > 0) {
                    // Pascal string: a length byte (at most 255), then the data
                    int n = Math.min(Math.min(data.length, field - 1), 255);
                    System.arraycopy(data, 0, buf, at + 1, n);
                    buf[at] = (byte) n;
                }
            }
            case '?' -> buf[at] = (byte) (PyObjectIsTrue.execute(v) ? 1 : 0);
            case 'e' -> writeBits(buf, at, 2, layout.little, HalfFloat.fromDouble(floatArg(v)));
            case 'f' -> {
                double d = floatArg(v);
                float f = (float) d;
                if (!layout.nativeMode && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw PythonErrors.overflowError("float too large to pack with f format");
                }
                writeBits(buf, at, 4, layout.little, Float.floatToRawIntBits(f));
            }
            case 'd' -> writeBits(buf, at, 8, layout.little, Double.doubleToRawLongBits(floatArg(v)));
            default -> writeBits(buf, at, (int) item.size(), layout.little, intBits(item, intArg(v)));
        }
    }

    private static Object unpackOne(StructLayout layout, Item item, byte[] buf, int at) {
        char c = item.code();
        switch (c) {
            case 'c':
                return new PBytes(new byte[]{buf[at]});
            case 's': {
                byte[] b = new byte[(int) item.size()];
                System.arraycopy(buf, at, b, 0, b.length);
                return new PBytes(b);
            }
            case 'p': {
                int field = (int) item.size();
                if (field == 0) {
                    return new PBytes(new byte[0]);
                }
                int n = Math.min(buf[at] & 0xff, field - 1);
                byte[] b = new byte[n];
                System.arraycopy(buf, at + 1, b, 0, n);
                return new PBytes(b);
            }
            case '?':
                return buf[at] != 0;
            case 'e':
                return HalfFloat.toDouble((int) readBits(buf, at, 2, layout.little));
            case 'f':
                return (double) Float.intBitsToFloat((int) readBits(buf, at, 4, layout.little));
            case 'd':
                return Double.longBitsToDouble(readBits(buf, at, 8, layout.little));
            default: {
                int size = (int) item.size();
                long bits = readBits(buf, at, size, layout.little);
                if (item.signed()) {
                    return size == 8 ? bits : (bits << (64 - 8 * size)) >> (64 - 8 * size);
                }
                if (size == 8 && bits < 0) {
                    return new BigInteger(Long.toUnsignedString(bits));
                }
                return bits;
            }
        }
    }

    /** An integer argument through __index__; struct.error if it is not integer-like. */
    private static Object intArg(Object v) {
        if (!IntMath.isInt(v) && (v instanceof Double || PyObjectGetClass.get(v).lookup("__index__") == null)) {
            throw StructLayout.error("required argument is not an integer");
        }
        return PyNumberConvert.index(v);
    }

    private static double floatArg(Object v) {
        try {
            return PyNumberConvert.asDouble(v);
        } catch (PException e) {
            throw StructLayout.error("required argument is not a float");
        }
    }

    /** The two's-complement bits of an integer for an item, with CPython's range errors. */
    private static long intBits(Item item, Object value) {
        char c = item.code();
        int size = (int) item.size();
        switch (item.rule()) {
            case NAMED: {
                long x = asLong(value);
                long lo = c == 'b' ? -128 : c == 'h' ? -32768 : 0;
                long hi = c == 'b' ? 127 : c == 'B' ? 255 : c == 'h' ? 32767 : 65535;
                if (x < lo || x > hi) {
                    String name = c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : "ushort";
                    throw StructLayout.error("%s format requires %d <= number <= %d", name, lo, hi);
                }
                return x;
            }
            case RANGE: {
                if (item.signed()) {
                    long x = asLong(value);
                    long hi = size == 8 ? Long.MAX_VALUE : (1L << (8 * size - 1)) - 1;
                    if (x > hi || x < -hi - 1) {
                        throw StructLayout.error("'%s' format requires %d <= number <= %d", String.valueOf(c), -hi - 1, hi);
                    }
                    return x;
                }
                BigInteger b = IntMath.big(value);
                if (b.signum() < 0 || b.compareTo(U64_MAX) > 0) {
                    throw StructLayout.error("argument out of range");
                }
                long x = b.longValue();
                if (size < 8 && Long.compareUnsigned(x, (1L << (8 * size)) - 1) > 0) {
                    throw StructLayout.error("'%s' format requires 0 <= number <= %d", String.valueOf(c), (1L << (8 * size)) - 1);
                }
                return x;
            }
            default: {
                BigInteger b = IntMath.big(value);
                boolean ok = switch (c) {
                    case 'q' -> b.bitLength() < 64;
                    case 'Q' -> b.signum() >= 0 && b.bitLength() <= 64;
                    default -> b.bitLength() < 64 || (b.signum() > 0 && b.bitLength() == 64);
                };
                if (!ok) {
                    throw StructLayout.error("int too large to convert");
                }
                return b.longValue();
            }
        }
    }

    private static long asLong(Object value) {
        if (IntMath.fitsLong(value)) {
            return IntMath.asLong(value);
        }
        throw StructLayout.error("argument out of range");
    }

    private static void writeBits(byte[] buf, int at, int size, boolean little, long bits) {
        for (int i = 0; i < size; i++) {
            byte b = (byte) (bits >>> (8 * i));
            buf[little ? at + i : at + size - 1 - i] = b;
        }
    }

    private static long readBits(byte[] buf, int at, int size, boolean little) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            long b = buf[little ? at + i : at + size - 1 - i] & 0xffL;
            bits |= b << (8 * i);
        }
        return bits;
    }
}
