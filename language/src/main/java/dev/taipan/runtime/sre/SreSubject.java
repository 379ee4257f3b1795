package dev.taipan.runtime.sre;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.strings.RecentStrings;

/** A string or bytes-like object being matched: its characters as ints, and slicing back. */
public final class SreSubject {
    public final Object original;
    public final boolean isBytes;
    private final String str;
    final int[] text;
    /** True when code point indexes are char indexes (no surrogate pairs). */
    private final boolean bmp;

    private SreSubject(Object original, boolean isBytes, String str, int[] text, boolean bmp) {
        this.original = original;
        this.isBytes = isBytes;
        this.str = str;
        this.text = text;
        this.bmp = bmp;
    }

    /** The subject, or TypeError "expected string or bytes-like object, got 'T'". */
    @TruffleBoundary
    public static SreSubject of(Object o) {
        String s = o instanceof String ss ? ss : PPrimitiveObject.strValue(o);
        if (s != null) {
            int[] cps = codePointsOf(s);
            return new SreSubject(o, false, s, cps, cps.length == s.length());
        }
        byte[] b = BytesLike.bytesOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError("expected string or bytes-like object, got '%s'", PyObjectGetClass.typeName(o));
        }
        int[] t = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            t[i] = b[i] & 0xff;
        }
        return new SreSubject(o, true, null, t, true);
    }

    /** A scanner calling match(s, pos) in a loop over one big string must not decode all of it on every call. */
    private static final RecentStrings<int[]> DECODED = new RecentStrings<>(4, s -> s.codePoints().toArray());

    /** The code points of s; the arrays are never written, so recent ones are shared. */
    private static int[] codePointsOf(String s) {
        return s.length() < 64 ? s.codePoints().toArray() : DECODED.get(s);
    }

    public int length() {
        return text.length;
    }

    /** The characters [b, e) as a str or bytes (never a subclass, like CPython). */
    @TruffleBoundary
    public Object slice(int b, int e) {
        if (isBytes) {
            byte[] out = new byte[e - b];
            for (int i = b; i < e; i++) {
                out[i - b] = (byte) text[i];
            }
            return new PBytes(out);
        }
        return bmp ? str.substring(b, e) : new String(text, b, e - b);
    }

    public Object empty() {
        return isBytes ? new PBytes(new byte[0]) : "";
    }

    int[] textCopy() {
        return Arrays.copyOf(text, text.length);
    }
}
