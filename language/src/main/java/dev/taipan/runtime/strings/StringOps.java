package dev.taipan.runtime.strings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Code-point semantics on Java strings. A Python str is a Java String in which code points
 * above U+FFFF are surrogate pairs; strings without surrogates (nearly all) index by char
 * directly. (A lone surrogate is one code point; a high+low pair of lone surrogates is
 * indistinguishable from the astral character it encodes - a documented limitation.)
 */
public final class StringOps {
    private StringOps() {
    }

    /** True when every char is a whole code point (no surrogates): char index == code point index. */
    public static boolean isSimple(String s) {
        return s.length() < SCAN_LIMIT ? scanNoSurrogates(s) : StringShape.isLatin1(s) || StringShape.hasNoSurrogates(s);
    }

    /** Strings shorter than this are scanned each time: cheaper than any cache. */
    private static final int SCAN_LIMIT = 32;

    static boolean scanNoSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static int codePointLength(String s) {
        return isSimple(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** Char offset of code point index {@code cp} (0 <= cp <= length). */
    @TruffleBoundary
    public static int charOffset(String s, int cp) {
        if (isSimple(s)) {
            return cp;
        }
        return s.offsetByCodePoints(0, cp);
    }

    /** The code point at code-point index i (0 <= i < length) as a one-character str. */
    @TruffleBoundary
    public static String charAt(String s, int i) {
        if (isSimple(s)) {
            return String.valueOf(s.charAt(i));
        }
        int off = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** Substring by code-point indices [from, to). */
    @TruffleBoundary
    public static String substring(String s, int from, int to) {
        if (isSimple(s)) {
            return s.substring(from, to);
        }
        int a = s.offsetByCodePoints(0, from);
        int b = s.offsetByCodePoints(a, to - from);
        return s.substring(a, b);
    }

    /** Code points of s. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    @TruffleBoundary
    public static String fromCodePoints(int[] cps, int from, int count) {
        return new String(cps, from, count);
    }

    /** {@code repr(str)}: CPython's quoting and escaping rules. */
    @TruffleBoundary
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** {@code ascii(str)}: repr with every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String asciiRepr(String s) {
        String r = repr(s);
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length();) {
            int cp = r.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** Python's notion of printable (str.isprintable for one code point). */
    public static boolean isPrintable(int cp) {
        return dev.taipan.parser.PyChars.isPrintable(cp);
    }
}
