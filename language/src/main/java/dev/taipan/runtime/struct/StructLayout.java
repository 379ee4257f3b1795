package dev.taipan.runtime.struct;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A compiled struct format: the byte order, the total size and one {@link Item} per packed
 * value with its offset. Native mode ({@code @}, the default) uses this machine's sizes
 * (LP64, little-endian) and aligns each code; {@code = < > !} use standard sizes without padding.
 */
public final class StructLayout {
    /** How out-of-range integers are reported: CPython's messages differ per code and byte order. */
    enum IntRule {
        /** b, B, h, H (native tables): a fixed message naming the C type. */
        NAMED,
        /** get_long/get_ulong, then "'c' format requires lo <= number <= hi" for sizes below 8. */
        RANGE,
        /** Big-endian q/Q and native P: anything out of range is "int too large to convert". */
        BYTES
    }

    /**
     * A run of {@code repeat} values of one code from {@code offset}, {@code size} bytes each
     * (for s/p: one value, the field length).
     */
    record Item(char code, long offset, long size, long repeat, boolean signed, IntRule rule) {
    }

    final String format;
    final boolean little;
    final boolean nativeMode;
    final long size;
    final Item[] items;
    final int count;

    private StructLayout(String format, boolean little, boolean nativeMode, long size, Item[] items, int count) {
        this.count = count;
        this.format = format;
        this.little = little;
        this.nativeMode = nativeMode;
        this.size = size;
        this.items = items;
    }

    public String format() {
        return format;
    }

    public long size() {
        return size;
    }

    /** The number of values pack takes and unpack returns. */
    public int count() {
        return count;
    }

    public static PException error(String format, Object... args) {
        return PythonErrors.raise(BuiltinType.STRUCT_ERROR, format, args);
    }

    /** Size of a code in this mode, or -1 if the code does not exist in it. */
    private static int codeSize(char c, boolean nativeMode) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p':
                return 1;
            case 'h', 'H', 'e':
                return 2;
            case 'i', 'I', 'f':
                return 4;
            case 'l', 'L':
                return nativeMode ? 8 : 4;
            case 'q', 'Q', 'd':
                return 8;
            case 'n', 'N', 'P':
                return nativeMode ? 8 : -1;
            default:
                return -1;
        }
    }

    private static IntRule ruleOf(char c, char order) {
        boolean big = order == '>' || order == '!';
        return switch (c) {
            case 'b', 'B' -> IntRule.NAMED;
            case 'h', 'H' -> big ? IntRule.RANGE : IntRule.NAMED;
            case 'q', 'Q' -> big ? IntRule.BYTES : IntRule.RANGE;
            case 'P' -> IntRule.BYTES;
            default -> IntRule.RANGE;
        };
    }

    public static StructLayout compile(String fmt) {
        int i = 0;
        char order = '@';
        if (!fmt.isEmpty() && "@=<>!".indexOf(fmt.charAt(0)) >= 0) {
            order = fmt.charAt(0);
            i = 1;
        }
        boolean nativeMode = order == '@';
        boolean little = order != '>' && order != '!';
        List<Item> items = new ArrayList<>();
        long size = 0;
        long count = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    int d = fmt.charAt(i++) - '0';
                    if (num > (Long.MAX_VALUE - d) / 10) {
                        throw error("total struct size too long");
                    }
                    num = num * 10 + d;
                }
                if (i >= n) {
                    throw error("repeat count given without format specifier");
                }
                c = fmt.charAt(i++);
            }
            int itemSize = codeSize(c, nativeMode);
            if (itemSize < 0) {
                throw error("bad char in struct format");
            }
            if (nativeMode && itemSize > 1) {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            boolean signed = "bhilqn".indexOf(c) >= 0;
            if (c == 's' || c == 'p') {
                if (size + num < 0 || size + num > Long.MAX_VALUE / 2) {
                    throw error("total struct size too long");
                }
                items.add(new Item(c, size, num, 1, false, null));
                size += num;
                count++;
            } else {
                if (num > (Long.MAX_VALUE / 2 - size) / itemSize) {
                    throw error("total struct size too long");
                }
                if (c != 'x' && num > 0) {
                    items.add(new Item(c, size, itemSize, num, signed, ruleOf(c, order)));
                    count += num;
                }
                size += num * itemSize;
            }
        }
        if (count > Integer.MAX_VALUE) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        return new StructLayout(fmt, little, nativeMode, size, items.toArray(new Item[0]), (int) count);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
