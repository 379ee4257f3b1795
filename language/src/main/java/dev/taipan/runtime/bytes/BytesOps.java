package dev.taipan.runtime.bytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Algorithms on byte sequences shared by bytes, bytearray and memoryview: repr, search, split,
 * strip, replace, padding. Arrays are whole sequences (the live bytes, exactly).
 */
public final class BytesOps {
    private BytesOps() {
    }

    /**
     * {@code repr(bytes)}: b'...' with single quotes unless the content has a single quote and no
     * double quote; printable ASCII as is, \\t \\n \\r and \\xhh for the rest.
     */
    @TruffleBoundary
    public static String repr(byte[] bytes, int length) {
        return repr(bytes, length, false);
    }

    /**
     * The bytes literal in a repr; {@code alwaysEscapeSingle} for bytearray's, which escapes
     * single quotes even inside double quotes (as CPython does).
     */
    @TruffleBoundary
    public static String repr(byte[] bytes, int length, boolean alwaysEscapeSingle) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            hasSingle |= bytes[i] == '\'';
            hasDouble |= bytes[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3).append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == quote || b == '\\' || (alwaysEscapeSingle && b == '\'')) {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < ' ' || b >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    public static byte[] slice(byte[] a, int from, int to) {
        return Arrays.copyOfRange(a, from, to);
    }

    // ---------------------------------------------------------------- search

    /** Whether {@code sub} occurs in {@code s} at {@code at}. */
    public static boolean matchesAt(byte[] s, int at, byte[] sub) {
        if (at < 0 || at + sub.length > s.length) {
            return false;
        }
        for (int i = 0; i < sub.length; i++) {
            if (s[at + i] != sub[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * First index of {@code sub} in {@code s[start:end]} (bounds already adjusted to 0..len), or
     * -1; an empty {@code sub} is found at {@code start} unless the range is empty-negative.
     */
    public static int find(byte[] s, byte[] sub, int start, int end) {
        if (end - start < sub.length) {
            return -1;
        }
        if (sub.length == 0) {
            return start;
        }
        byte first = sub[0];
        for (int i = start, last = end - sub.length; i <= last; i++) {
            if (s[i] == first && matchesAt(s, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    public static int rfind(byte[] s, byte[] sub, int start, int end) {
        if (end - start < sub.length) {
            return -1;
        }
        for (int i = end - sub.length; i >= start; i--) {
            if (matchesAt(s, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    public static int find(byte[] s, byte[] sub) {
        return find(s, sub, 0, s.length);
    }

    /** Non-overlapping occurrences in {@code s[start:end]}, at most {@code max} (or all if max < 0). */
    public static long count(byte[] s, byte[] sub, int start, int end, long max) {
        if (end - start < sub.length) {
            return 0;
        }
        long limit = max < 0 ? Long.MAX_VALUE : max;
        if (sub.length == 0) {
            return Math.min(end - start + 1L, limit);
        }
        long n = 0;
        int i = start;
        while (n < limit) {
            int j = find(s, sub, i, end);
            if (j < 0) {
                break;
            }
            n++;
            i = j + sub.length;
        }
        return n;
    }

    /**
     * Python's ADJUST_INDICES: a start or end index of a search, negative counting from the end,
     * clamped to 0..len (a too large start is kept so that searches find nothing).
     */
    public static int adjustIndex(long i, int len) {
        if (i < 0) {
            i += len;
            return i < 0 ? 0 : (int) i;
        }
        return i > len ? len : (int) i;
    }

    // ---------------------------------------------------------------- replace

    @TruffleBoundary
    public static byte[] replace(byte[] s, byte[] old, byte[] repl, long max) {
        long limit = max < 0 ? Long.MAX_VALUE : max;
        if (limit == 0 || (old.length == 0 && repl.length == 0)) {
            return s;
        }
        ByteBuilder out = new ByteBuilder(s.length);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= s.length; i++) {
                if (done < limit) {
                    out.append(repl);
                    done++;
                }
                if (i < s.length) {
                    out.append(s[i]);
                }
            }
            return out.toArray();
        }
        int start = 0;
        long done = 0;
        while (done < limit) {
            int i = find(s, old, start, s.length);
            if (i < 0) {
                break;
            }
            out.append(s, start, i - start).append(repl);
            start = i + old.length;
            done++;
        }
        if (done == 0) {
            return s;
        }
        out.append(s, start, s.length - start);
        return out.toArray();
    }

    // ---------------------------------------------------------------- split

    /** {@code split(sep, maxsplit)}; {@code sep == null} splits on runs of ASCII whitespace. */
    @TruffleBoundary
    public static List<byte[]> split(byte[] s, byte[] sep, long max) {
        List<byte[]> out = new ArrayList<>();
        long limit = max < 0 ? Long.MAX_VALUE : max;
        int n = s.length;
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && ByteCType.isSpace(s[i] & 0xff)) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= limit) {
                    out.add(slice(s, i, n));
                    break;
                }
                int j = i;
                while (j < n && !ByteCType.isSpace(s[j] & 0xff)) {
                    j++;
                }
                out.add(slice(s, i, j));
                i = j;
            }
            return out;
        }
        int start = 0;
        while (out.size() < limit) {
            int i = find(s, sep, start, n);
            if (i < 0) {
                break;
            }
            out.add(slice(s, start, i));
            start = i + sep.length;
        }
        out.add(slice(s, start, n));
        return out;
    }

    @TruffleBoundary
    public static List<byte[]> rsplit(byte[] s, byte[] sep, long max) {
        List<byte[]> out = new ArrayList<>();
        long limit = max < 0 ? Long.MAX_VALUE : max;
        if (sep == null) {
            int i = s.length;
            while (true) {
                while (i > 0 && ByteCType.isSpace(s[i - 1] & 0xff)) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                if (out.size() >= limit) {
                    out.add(slice(s, 0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !ByteCType.isSpace(s[j - 1] & 0xff)) {
                    j--;
                }
                out.add(slice(s, j, i));
                i = j;
            }
        } else {
            int end = s.length;
            while (out.size() < limit) {
                int i = rfind(s, sep, 0, end);
                if (i < 0) {
                    break;
                }
                out.add(slice(s, i + sep.length, end));
                end = i;
            }
            out.add(slice(s, 0, end));
        }
        Collections.reverse(out);
        return out;
    }

    /** {@code splitlines(keepends)}: lines end at \n, \r or \r\n. */
    @TruffleBoundary
    public static List<byte[]> splitlines(byte[] s, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length) {
            byte c = s[i];
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int eol = i + (c == '\r' && i + 1 < s.length && s[i + 1] == '\n' ? 2 : 1);
            out.add(slice(s, start, keepends ? eol : i));
            start = eol;
            i = eol;
        }
        if (start < s.length) {
            out.add(slice(s, start, s.length));
        }
        return out;
    }

    // ---------------------------------------------------------------- strip

    /** Strip mode: -1 left only, 0 both ends, 1 right only. */
    @TruffleBoundary
    public static byte[] strip(byte[] s, byte[] chars, int mode) {
        boolean[] set = null;
        if (chars != null) {
            set = new boolean[256];
            for (byte b : chars) {
                set[b & 0xff] = true;
            }
        }
        int start = 0;
        int end = s.length;
        if (mode <= 0) {
            while (start < end && (set == null ? ByteCType.isSpace(s[start] & 0xff) : set[s[start] & 0xff])) {
                start++;
            }
        }
        if (mode >= 0) {
            while (end > start && (set == null ? ByteCType.isSpace(s[end - 1] & 0xff) : set[s[end - 1] & 0xff])) {
                end--;
            }
        }
        return start == 0 && end == s.length ? s : slice(s, start, end);
    }

    // ---------------------------------------------------------------- padding

    public static byte[] pad(byte[] s, int left, int right, byte fill) {
        byte[] out = new byte[left + s.length + right];
        Arrays.fill(out, 0, left, fill);
        System.arraycopy(s, 0, out, left, s.length);
        Arrays.fill(out, left + s.length, out.length, fill);
        return out;
    }

    public static byte[] center(byte[] s, int width, byte fill) {
        int marg = width - s.length;
        if (marg <= 0) {
            return s;
        }
        int left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    public static byte[] zfill(byte[] s, int width) {
        int marg = width - s.length;
        if (marg <= 0) {
            return s;
        }
        byte[] out = pad(s, marg, 0, (byte) '0');
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            out[0] = s[0];
            out[marg] = '0';
        }
        return out;
    }

    @TruffleBoundary
    public static byte[] expandtabs(byte[] s, int tabsize) {
        ByteBuilder out = new ByteBuilder(s.length);
        int column = 0;
        for (byte b : s) {
            if (b == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - column % tabsize;
                    for (int k = 0; k < spaces; k++) {
                        out.append((byte) ' ');
                    }
                    column += spaces;
                }
            } else {
                out.append(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return out.toArray();
    }

    /** {@code translate(table, delete)}: table is null or 256 bytes. */
    public static byte[] translate(byte[] s, byte[] table, byte[] delete) {
        boolean[] drop = new boolean[256];
        if (delete != null) {
            for (byte b : delete) {
                drop[b & 0xff] = true;
            }
        }
        ByteBuilder out = new ByteBuilder(s.length);
        for (byte b : s) {
            if (!drop[b & 0xff]) {
                out.append(table == null ? b : table[b & 0xff]);
            }
        }
        return out.toArray();
    }

    /** Repeats {@code s} {@code n} times ({@code n * s.length} already checked to fit). */
    public static byte[] repeat(byte[] s, int n) {
        if (n <= 0 || s.length == 0) {
            return new byte[0];
        }
        byte[] out = new byte[s.length * n];
        if (s.length == 1) {
            Arrays.fill(out, s[0]);
            return out;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(s, 0, out, i * s.length, s.length);
        }
        return out;
    }

    /** Lexicographic comparison of unsigned bytes. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /**
     * The bytes hash: the str hash of the same characters (Latin-1), so that
     * {@code hash(b'abc') == hash('abc')} as in CPython.
     */
    public static long hash(byte[] a) {
        int h = 0;
        for (byte b : a) {
            h = 31 * h + (b & 0xff);
        }
        long x = h * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        return x == -1 ? -2 : x;
    }
}
