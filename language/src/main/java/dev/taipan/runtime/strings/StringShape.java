package dev.taipan.runtime.strings;

import java.lang.reflect.Field;

/**
 * Answers "does this long string index by char?" in O(1) most of the time, so that indexing,
 * len() and searching a large str inside a loop stay linear overall (a JSON or tokenizer loop
 * calls them once per character). Latin-1 strings are recognised from the JDK's compact-string
 * coder; for the rest the answer of a full scan is remembered for the last few strings seen, by
 * identity (strings are immutable, so the answer never goes stale).
 */
final class StringShape {
    private StringShape() {
    }

    private static final sun.misc.Unsafe UNSAFE;
    /** Offset of String.coder (0 = LATIN1), or -1 where it cannot be read (e.g. other JDKs). */
    private static final long CODER_OFFSET;

    static {
        sun.misc.Unsafe unsafe = null;
        long offset = -1;
        try {
            Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
            Field coder = String.class.getDeclaredField("coder");
            if (coder.getType() == byte.class) {
                offset = unsafe.objectFieldOffset(coder);
                // Sanity check against a string that must be UTF-16 and one that is Latin-1 when compact.
                if (unsafe.getByte("\u0100x", offset) != 1) {
                    offset = -1;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            offset = -1;
        }
        UNSAFE = unsafe;
        CODER_OFFSET = offset;
    }

    static boolean isLatin1(String s) {
        return CODER_OFFSET >= 0 && UNSAFE.getByte(s, CODER_OFFSET) == 0;
    }

    private static final RecentStrings<Boolean> NO_SURROGATES = new RecentStrings<>(8, StringOps::scanNoSurrogates);

    static boolean hasNoSurrogates(String s) {
        return NO_SURROGATES.get(s);
    }
}
