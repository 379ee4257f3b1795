package dev.taipan.runtime.iterators;

import dev.taipan.runtime.types.BuiltinType;

/** Iterates the code points of a str, yielding one-character strings. */
public final class PStringIterator extends PBuiltinIterator {
    private String string;
    private int offset;

    public PStringIterator(String string) {
        this.string = string;
    }

    /** The string, or null once exhausted. */
    public String getString() {
        return string;
    }

    /** The position in code points (the Java offset counts UTF-16 units). */
    public int getCodePointIndex() {
        return string == null ? 0 : string.codePointCount(0, offset);
    }

    public void setCodePointIndex(int index) {
        offset = string.offsetByCodePoints(0, index);
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
            string = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return string == null ? 0 : string.codePointCount(offset, string.length());
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.STR_ITERATOR;
    }
}
