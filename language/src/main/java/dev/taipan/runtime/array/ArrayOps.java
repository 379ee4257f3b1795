package dev.taipan.runtime.array;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** Construction, bulk conversion and repr of arrays, as array_new and friends in arraymodule.c. */
public final class ArrayOps {
    private ArrayOps() {
    }

    /** {@code array(typecode[, initializer])} for class {@code cls} (null for array.array itself). */
    @TruffleBoundary
    public static PArray create(PythonClass cls, Object typecode, Object initializer) {
        String tc = StrBuiltins.asString(typecode);
        if (tc == null || tc.codePointCount(0, tc.length()) != 1) {
            String what = tc == null ? PyObjectGetClass.typeName(typecode) : "a string of length " + tc.codePointCount(0, tc.length());
            throw PythonErrors.typeError("array() argument 1 must be a unicode character, not %s", what);
        }
        ArrayFormat f = ArrayFormat.of(tc.codePointAt(0));
        if (f == null) {
            throw PythonErrors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        String s = initializer == null ? null : StrBuiltins.asString(initializer);
        if (s != null && f != ArrayFormat.UNICODE) {
            throw PythonErrors.typeError("cannot use a str to initialize an array with typecode '%s'", tc);
        }
        if (initializer instanceof PArray other && other.format == ArrayFormat.UNICODE && f != ArrayFormat.UNICODE) {
            throw PythonErrors.typeError("cannot use a unicode array to initialize an array with typecode '%s'", tc);
        }
        PArray a = new PArray(cls, f);
        if (initializer == null) {
            return a;
        }
        if (s != null) {
            fromUnicode(a, s);
        } else if (initializer instanceof PBytes || initializer instanceof PByteArray) {
            fromBytes(a, BytesLike.require(initializer));
        } else if (initializer instanceof PArray other && other.format == f) {
            a.appendBytes(other.toBytes());
        } else if (initializer instanceof PList l) {
            for (Object o : l.toArray()) {
                a.append(o);
            }
        } else if (initializer instanceof PTuple t) {
            for (Object o : t.items()) {
                a.append(o);
            }
        } else {
            extendIterable(a, initializer);
        }
        return a;
    }

    @TruffleBoundary
    public static void extendIterable(PArray a, Object iterable) {
        Object it = PyObjectIter.getIter(iterable);
        for (Object o = PyObjectIter.next(it); o != null; o = PyObjectIter.next(it)) {
            a.append(o);
        }
    }

    /** {@code extend(iterable)}: an array must have the same typecode. */
    @TruffleBoundary
    public static void extend(PArray a, Object iterable) {
        if (iterable instanceof PArray other) {
            if (other.format != a.format) {
                throw PythonErrors.typeError("can only extend with array of same kind");
            }
            a.appendBytes(other.toBytes());
        } else {
            extendIterable(a, iterable);
        }
    }

    @TruffleBoundary
    public static void fromBytes(PArray a, byte[] b) {
        if (b.length % a.itemsize() != 0) {
            throw PythonErrors.valueError("bytes length not a multiple of item size");
        }
        a.appendBytes(b);
    }

    @TruffleBoundary
    public static void fromUnicode(PArray a, String s) {
        s.codePoints().forEach(cp -> a.append(Character.toString(cp)));
    }

    /** {@code fromlist(list)}: all or nothing. */
    @TruffleBoundary
    public static void fromList(PArray a, Object list) {
        if (!(list instanceof PList l)) {
            throw PythonErrors.typeError("arg must be list");
        }
        int n = a.length();
        try {
            for (int i = 0; i < l.size(); i++) {
                a.append(l.get(i));
            }
        } catch (PException e) {
            a.truncate(n);
            throw e;
        }
    }

    @TruffleBoundary
    public static PList toList(PArray a) {
        Object[] items = new Object[a.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = a.get(i);
        }
        return new PList(items);
    }

    @TruffleBoundary
    public static String toUnicode(PArray a) {
        StringBuilder sb = new StringBuilder();
        byte[] data = a.bufferArray();
        for (int i = 0; i < a.length(); i++) {
            long cp = ArrayFormat.read(data, i * 4, 4);
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw PythonErrors.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
            }
            sb.appendCodePoint((int) cp);
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String repr(PArray a) {
        String name = PyObjectGetClass.get(a).getName();
        if (a.length() == 0) {
            return name + "('" + a.format.code + "')";
        }
        String body = a.format == ArrayFormat.UNICODE ? PyObjectStr.repr(toUnicode(a)) : PyObjectStr.repr(toList(a));
        return name + "('" + a.format.code + "', " + body + ")";
    }
}
