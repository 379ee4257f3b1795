package dev.taipan.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.dict.HiddenKey;

/**
 * {@code id(obj)}: a number unique among live objects. Java has no addresses, so Python objects
 * get sequential ids on first request, remembered in their shape; equal ints share an id like
 * CPython's cached small ints; other Java values use their identity hash.
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    private static final HiddenKey ID = new HiddenKey("id");
    private static long next = 0x7f0000001000L;

    @TruffleBoundary
    public static synchronized long id(Object obj) {
        if (obj instanceof Long l) {
            return 0x7e0000000000L + l * 32;
        }
        if (obj instanceof Boolean b) {
            return b ? 0x7d0000000020L : 0x7d0000000000L;
        }
        if (obj instanceof PythonObject po) {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            Object id = lib.getOrDefault(po, ID, null);
            if (id == null) {
                id = next;
                next += 16;
                lib.put(po, ID, id);
            }
            return (Long) id;
        }
        return 0x7c0000000000L + (System.identityHashCode(obj) & 0xffffffffL) * 16;
    }

    /** The address CPython would print in a repr: "0x7f0000001000". */
    @TruffleBoundary
    public static String address(Object obj) {
        return String.format("0x%012x", id(obj));
    }
}
