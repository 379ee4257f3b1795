package dev.taipan.runtime.array;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;

/**
 * The machine format codes of array pickles (arraymodule.c's enum machine_format_code): a
 * portable description of how the items were laid out on the machine that pickled them, so an
 * array can be rebuilt on a machine with a different byte order or C type sizes.
 */
public final class MachineFormat {
    private MachineFormat() {
    }

    public static final int MAX = 21;

    /** The code that describes this VM's layout of {@code f} (little-endian, LP64, 4-byte wchar_t). */
    public static int of(ArrayFormat f) {
        return switch (f) {
            case UBYTE -> 0;
            case BYTE -> 1;
            case USHORT -> 2;
            case SHORT -> 4;
            case UINT -> 6;
            case INT -> 8;
            case ULONG, ULONGLONG -> 10;
            case LONG, LONGLONG -> 12;
            case FLOAT -> 14;
            case DOUBLE -> 16;
            case UNICODE -> 20;
        };
    }

    /**
     * For an integer code: {@code requested} if it has the code's size and signedness, else the
     * first typecode (in typecodes order) that has.
     */
    public static String nativeTypecode(int code, ArrayFormat requested) {
        String first = firstTypecode(code);
        ArrayFormat f = ArrayFormat.of(first.charAt(0));
        if (requested.isInteger() && requested.itemsize == f.itemsize && Character.isUpperCase(requested.code) == Character.isUpperCase(f.code)) {
            return String.valueOf(requested.code);
        }
        return first;
    }

    private static String firstTypecode(int code) {
        return switch (code) {
            case 0 -> "B";
            case 1 -> "b";
            case 2, 3 -> "H";
            case 4, 5 -> "h";
            case 6, 7 -> "I";
            case 8, 9 -> "i";
            case 10, 11 -> "L";
            default -> "l";
        };
    }

    /** The items of {@code data} laid out as {@code code} says, as Python values. */
    @TruffleBoundary
    public static PList decode(int code, byte[] data) {
        // codes come in (little, big) endian pairs: 0/1 are the two 8-bit ints
        int size = code <= 1 ? 1 : code <= 5 ? 2 : code <= 9 ? 4 : code <= 13 ? 8 : code <= 15 ? 4 : code <= 17 ? 8 : code <= 19 ? 2 : 4;
        boolean big = code > 1 && code % 2 == 1;
        if (data.length % size != 0) {
            throw PythonErrors.valueError("string length not a multiple of item size");
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int n = data.length / size;
        if (code >= 18) {
            // text codes: the caller builds the array from this one string
            return new PList(new Object[]{decodeText(code, data)});
        }
        Object[] items = new Object[n];
        boolean signed = code == 1 || (code >= 4 && code <= 5) || (code >= 8 && code <= 9) || (code >= 12 && code <= 13);
        for (int i = 0; i < n; i++) {
            int off = i * size;
            items[i] = switch (code) {
                case 0 -> (long) (data[off] & 0xff);
                case 1 -> (long) data[off];
                case 14, 15 -> (double) buf.getFloat(off);
                case 16, 17 -> buf.getDouble(off);
                default -> {
                    long v = size == 2 ? buf.getShort(off) : size == 4 ? buf.getInt(off) : buf.getLong(off);
                    if (signed) {
                        yield v;
                    }
                    long mask = size == 8 ? -1L : (1L << (8 * size)) - 1;
                    v &= mask;
                    yield v >= 0 ? (Object) v : new java.math.BigInteger(Long.toUnsignedString(v));
                }
            };
        }
        return new PList(items);
    }

    private static String decodeText(int code, byte[] data) {
        String cs = code == 18 ? "UTF-16LE" : code == 19 ? "UTF-16BE" : code == 20 ? "UTF-32LE" : "UTF-32BE";
        return new String(data, java.nio.charset.Charset.forName(cs));
    }
}
