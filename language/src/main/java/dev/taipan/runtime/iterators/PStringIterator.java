package dev.taipan.runtime.iterators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.types.BuiltinType;

/** Iterates the code points of a str, yielding one-character strings. */
public final class PStringIterator extends PBuiltinIterator {
    private String string;
    private int offset;
    /** str_ascii_iterator or str_iterator, as CPython names them; decided when first asked. */
    private BuiltinType type;

    public PStringIterator(String string) {
        this.string = string;
    }

    @Override
    public Object next() {
        String s = string;
        if (s != null) {
            if (offset < s.length()) {
                char c = s.charAt(offset);
                if (Character.isHighSurrogate(c) && offset + 1 < s.length() && Character.isLowSurrogate(s.charAt(offset + 1))) {
                    String r = s.substring(offset, offset + 2);
                    offset += 2;
                    return r;
                }
                offset++;
                return String.valueOf(c);
            }
            builtinType(); // decides str_iterator or str_ascii_iterator while the string is still here
            string = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return string == null ? 0 : string.codePointCount(offset, string.length());
    }

    /** Positions count code points; the Java offset counts UTF-16 units. */
    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return string == null ? reduction(iter, "") : reduction(iter, string, (long) string.codePointCount(0, offset));
    }

    @Override
    public void setState(Object state) {
        if (string != null) {
            offset = string.offsetByCodePoints(0, (int) clampedPosition(state, 0, string.codePointCount(0, string.length())));
        }
    }

    @Override
    public BuiltinType builtinType() {
        if (type == null) {
            type = isAscii(string) ? BuiltinType.STR_ASCII_ITERATOR : BuiltinType.STR_ITERATOR;
        }
        return type;
    }

    @TruffleBoundary
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
