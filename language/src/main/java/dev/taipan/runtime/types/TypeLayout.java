package dev.taipan.runtime.types;

import java.util.EnumMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.dict.HiddenKey;

/**
 * What a type reports as {@code __flags__}, {@code __basicsize__}, {@code __itemsize__},
 * {@code __dictoffset__} and {@code __weakrefoffset__}.
 *
 * <p>Taipan objects are Java objects, so it has no C struct sizes of its own. Code reads these
 * numbers to compare layouts (does a class add slots? is it a var-sized type? does it carry a
 * dict?) and to test flag bits (copyreg's HEAPTYPE, inspect.isabstract's IS_ABSTRACT, the
 * *_SUBCLASS bits), so Taipan reports the values of CPython 3.12's 64-bit layout for the common
 * builtin types and derives the rest with CPython's rules: a builtin type without an entry has
 * its base's sizes; a class adds 8 bytes per {@code __slots__} name, its instance dict is
 * "managed" (dictoffset -1) and so are its weak references (weakrefoffset -32), except on
 * var-sized bases (int, tuple, bytes), where the dict pointer sits after the items (offset -8)
 * and there are no weak references. The flag word holds CPython's bits, not Taipan's own
 * {@link BuiltinType.Flags}.
 */
public final class TypeLayout {
    private TypeLayout() {
    }

    public static final long SEQUENCE = 1L << 5;
    public static final long MAPPING = 1L << 6;
    public static final long MANAGED_WEAKREF = 1L << 3;
    public static final long MANAGED_DICT = 1L << 4;
    public static final long IMMUTABLETYPE = 1L << 8;
    public static final long HEAPTYPE = 1L << 9;
    public static final long BASETYPE = 1L << 10;
    /** Every Taipan type is ready once it exists. */
    public static final long READY = 1L << 12;
    public static final long HAVE_GC = 1L << 14;
    public static final long METHOD_DESCRIPTOR = 1L << 17;
    /** Taipan caches method lookups per type (guarded by an Assumption), as version tags do. */
    public static final long HAVE_VERSION_TAG = 1L << 18;
    public static final long VALID_VERSION_TAG = 1L << 19;
    public static final long IS_ABSTRACT = 1L << 20;
    public static final long LONG_SUBCLASS = 1L << 24;
    public static final long LIST_SUBCLASS = 1L << 25;
    public static final long TUPLE_SUBCLASS = 1L << 26;
    public static final long BYTES_SUBCLASS = 1L << 27;
    public static final long UNICODE_SUBCLASS = 1L << 28;
    public static final long DICT_SUBCLASS = 1L << 29;
    public static final long BASE_EXC_SUBCLASS = 1L << 30;
    public static final long TYPE_SUBCLASS = 1L << 31;

    /** CPython's managed weakref slot sits 4 pointers before the object. */
    private static final long MANAGED_WEAKREF_OFFSET = -32;

    /** basicsize, itemsize, dictoffset, weakrefoffset of CPython 3.12's 64-bit builtin types. */
    private static final Map<BuiltinType, long[]> SIZES = new EnumMap<>(BuiltinType.class);

    /** Builtin types whose instances cannot be in reference cycles (no Py_TPFLAGS_HAVE_GC). */
    private static final java.util.Set<BuiltinType> NO_GC = java.util.EnumSet.of(BuiltinType.OBJECT, BuiltinType.INT, BuiltinType.BOOL, BuiltinType.FLOAT,
                    BuiltinType.COMPLEX, BuiltinType.STR, BuiltinType.BYTES, BuiltinType.BYTEARRAY, BuiltinType.RANGE, BuiltinType.NONE_TYPE,
                    BuiltinType.NOT_IMPLEMENTED_TYPE, BuiltinType.ELLIPSIS_TYPE, BuiltinType.CODE, BuiltinType.RANGE_ITERATOR, BuiltinType.LONGRANGE_ITERATOR);

    static {
        size(BuiltinType.OBJECT, 16, 0, 0, 0);
        size(BuiltinType.TYPE, 920, 40, 264, 368);
        size(BuiltinType.INT, 24, 4, 0, 0);
        size(BuiltinType.BOOL, 32, 4, 0, 0);
        size(BuiltinType.FLOAT, 24, 0, 0, 0);
        size(BuiltinType.COMPLEX, 32, 0, 0, 0);
        size(BuiltinType.STR, 64, 0, 0, 0);
        size(BuiltinType.BYTES, 33, 1, 0, 0);
        size(BuiltinType.BYTEARRAY, 56, 0, 0, 0);
        size(BuiltinType.LIST, 40, 0, 0, 0);
        size(BuiltinType.TUPLE, 24, 8, 0, 0);
        size(BuiltinType.DICT, 48, 0, 0, 0);
        size(BuiltinType.SET, 200, 0, 0, 192);
        size(BuiltinType.FROZENSET, 200, 0, 0, 192);
        size(BuiltinType.RANGE, 48, 0, 0, 0);
        size(BuiltinType.SLICE, 40, 0, 0, 0);
        size(BuiltinType.MEMORYVIEW, 144, 8, 0, 136);
        size(BuiltinType.FUNCTION, 144, 0, 88, 96);
        size(BuiltinType.MODULE, 56, 0, 16, 40);
        size(BuiltinType.CODE, 184, 2, 0, 144);
        size(BuiltinType.SIMPLE_NAMESPACE, 24, 0, 16, 0);
        size(BuiltinType.BASE_EXCEPTION, 72, 0, 16, 0);
        size(BuiltinType.OS_ERROR, 112, 0, 16, 0);
    }

    private static void size(BuiltinType t, long basic, long item, long dict, long weak) {
        SIZES.put(t, new long[]{basic, item, dict, weak});
    }

    /** basicsize, itemsize, dictoffset, weakrefoffset. */
    @TruffleBoundary
    public static long[] sizes(PythonClass cls) {
        if (cls.isBuiltin()) {
            long[] s = SIZES.get(cls.getBuiltinType());
            if (s != null) {
                return s;
            }
            PythonClass base = cls.getBase();
            long[] b = base == null ? SIZES.get(BuiltinType.OBJECT) : sizes(base);
            long dict = b[2] == 0 && cls.hasFlag(BuiltinType.Flags.HAS_DICT) ? b[0] : b[2];
            return new long[]{b[0] + (dict != b[2] ? 8 : 0), b[1], dict, b[3]};
        }
        // the base that supplies the instance layout is the largest one (CPython's best_base)
        long[] b = null;
        for (PythonClass base : cls.getBases()) {
            long[] s = sizes(base);
            if (b == null || s[0] > b[0]) {
                b = s;
            }
        }
        if (b == null) {
            b = SIZES.get(BuiltinType.OBJECT);
        }
        long basic = b[0];
        long item = b[1];
        String[] slots = cls.getSlots();
        if (slots != null) {
            basic += 8L * slots.length;
        }
        long dict = b[2];
        if (dict == 0 && cls.hasFlag(BuiltinType.Flags.HAS_DICT)) {
            if (item == 0) {
                dict = -1;
            } else {
                dict = -8;
                basic += 8;
            }
        }
        long weak = b[3];
        if (weak == 0 && slots == null && item == 0) {
            weak = MANAGED_WEAKREF_OFFSET;
        }
        return new long[]{basic, item, dict, weak};
    }

    /** The CPython tp_flags bits that describe {@code cls}. */
    @TruffleBoundary
    public static long flags(PythonClass cls, HiddenKey abstractKey) {
        long f = READY | HAVE_VERSION_TAG | VALID_VERSION_TAG;
        int own = cls.getFlags();
        f |= own & (BuiltinType.Flags.SEQUENCE | BuiltinType.Flags.MAPPING);
        if (cls.isBuiltin()) {
            // static types are immutable since 3.12; whether they subclass is their own property
            f |= IMMUTABLETYPE;
            if ((own & BuiltinType.Flags.BASETYPE) != 0) {
                f |= BASETYPE;
            }
            BuiltinType t = cls.getBuiltinType();
            if (!NO_GC.contains(t)) {
                f |= HAVE_GC;
            }
            if (t == BuiltinType.FUNCTION || t == BuiltinType.METHOD_DESCRIPTOR) {
                f |= METHOD_DESCRIPTOR;
            }
        } else {
            f |= HEAPTYPE | BASETYPE;
            long[] s = sizes(cls);
            boolean baseGc = false;
            for (PythonClass b : cls.getBases()) {
                baseGc |= (flags(b, abstractKey) & HAVE_GC) != 0;
            }
            String[] slots = cls.getSlots();
            // a class that adds instance state can be in cycles
            if (baseGc || slots == null || slots.length > 0 || cls.hasFlag(BuiltinType.Flags.HAS_DICT)) {
                f |= HAVE_GC;
            }
            if (s[2] == -1) {
                f |= MANAGED_DICT;
            }
            if (s[3] == MANAGED_WEAKREF_OFFSET) {
                f |= MANAGED_WEAKREF;
            }
            Object abstractMethods = cls.getOwnAttribute(abstractKey);
            if (abstractMethods != null && PyObjectIsTrue.execute(abstractMethods)) {
                f |= IS_ABSTRACT;
            }
        }
        f |= subclassBit(cls);
        return f;
    }

    /** The fast-subclass bit of the builtin type that {@code cls}'s instances are. */
    private static long subclassBit(PythonClass cls) {
        if (cls.isSubtypeOfBuiltin(BuiltinType.INT)) {
            return LONG_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.LIST)) {
            return LIST_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.TUPLE)) {
            return TUPLE_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.BYTES)) {
            return BYTES_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.STR)) {
            return UNICODE_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.DICT)) {
            return DICT_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
            return BASE_EXC_SUBCLASS;
        } else if (cls.isSubtypeOfBuiltin(BuiltinType.TYPE)) {
            return TYPE_SUBCLASS;
        }
        return 0;
    }
}
