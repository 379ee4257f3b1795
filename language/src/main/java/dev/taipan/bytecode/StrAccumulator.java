package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A str being grown by {@code s += x} in a fast local. CPython appends in place when the str is
 * unshared, so a loop of {@code +=} is linear; Java strings are immutable, so the local holds
 * this builder instead once the str is long enough to matter. It never escapes the frame slot:
 * every read of such a local (LoadAccumulated, and f_locals) sees the str it stands for, made
 * once per change, and any other operation first turns it back into that str.
 */
public final class StrAccumulator {
    /** Shorter results are plain concatenations: copying them costs less than a builder. */
    static final int MIN_LENGTH = 256;

    private final StringBuilder text;
    private String value;

    @TruffleBoundary
    StrAccumulator(String a, String b) {
        text = new StringBuilder(Math.max(2 * (a.length() + b.length()), 16));
        text.append(a).append(b);
    }

    @TruffleBoundary
    StrAccumulator append(String s) {
        text.append(s);
        value = null;
        return this;
    }

    /** The str this stands for (the same object until the next append). */
    @TruffleBoundary
    public String value() {
        String v = value;
        if (v == null) {
            v = text.toString();
            value = v;
        }
        return v;
    }

    /** {@code v} as Python sees it: the str of an accumulator, else v itself. */
    public static Object visible(Object v) {
        return v instanceof StrAccumulator acc ? acc.value() : v;
    }
}
