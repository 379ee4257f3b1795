package dev.taipan.runtime.match;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The runtime half of the match statement (PEP 634; CPython's MATCH_SEQUENCE, MATCH_MAPPING,
 * MATCH_KEYS and MATCH_CLASS). Each structural check returns the values the sub-patterns match
 * against as a tuple, or {@link PNone#NONE} when the subject does not fit.
 */
public final class PatternMatching {
    private PatternMatching() {
    }

    /** Builtin types whose instances match a single positional sub-pattern themselves ({@code case int(x)}). */
    private static final BuiltinType[] MATCH_SELF = {BuiltinType.BOOL, BuiltinType.BYTEARRAY, BuiltinType.BYTES, BuiltinType.DICT, BuiltinType.FLOAT,
                    BuiltinType.FROZENSET, BuiltinType.INT, BuiltinType.LIST, BuiltinType.SET, BuiltinType.STR, BuiltinType.TUPLE};

    @TruffleBoundary
    public static boolean valueEquals(Object subject, Object value) {
        return PyObjectRichCompareBool.eqUncached(subject, value);
    }

    /** How a sequence pattern reads the subject's items: not at all (only wildcards), by index, or by iterating. */
    public static final int ACCESS_NONE = 0;
    public static final int ACCESS_INDEX = 1;
    public static final int ACCESS_ITERATE = 2;

    /**
     * A sequence pattern of {@code count} sub-patterns, the one at {@code starIndex} (or none if
     * -1) a star: the items (the star's as a list), or NONE. Items the pattern ignores are None.
     */
    @TruffleBoundary
    public static Object sequenceItems(Object subject, int count, int starIndex, int access) {
        PythonClass type = PyObjectGetClass.get(subject);
        if ((type.getFlags() & BuiltinType.Flags.SEQUENCE) == 0) {
            return PNone.NONE;
        }
        long len = PyObjectSize.execute(subject);
        if (starIndex < 0 ? len != count : len < count - 1) {
            return PNone.NONE;
        }
        if (access != ACCESS_ITERATE) {
            Object[] out = new Object[count];
            java.util.Arrays.fill(out, PNone.NONE);
            for (int i = 0; access == ACCESS_INDEX && i < count; i++) {
                if (i != starIndex) {
                    long index = starIndex < 0 || i < starIndex ? i : len - (count - i);
                    out[i] = dev.taipan.runtime.abstractops.PyObjectItems.getItem(subject, index);
                }
            }
            return new PTuple(out);
        }
        Object[] items = SequenceOps.toArray(subject);
        if (starIndex < 0) {
            return new PTuple(items);
        }
        int after = count - starIndex - 1;
        Object[] out = new Object[count];
        System.arraycopy(items, 0, out, 0, starIndex);
        Object[] starred = java.util.Arrays.copyOfRange(items, starIndex, items.length - after);
        out[starIndex] = new PList(starred);
        System.arraycopy(items, items.length - after, out, starIndex + 1, after);
        return new PTuple(out);
    }

    /** A mapping pattern's values for {@code keys} (looked up with {@code get}), or NONE. */
    @TruffleBoundary
    public static Object mappingValues(Object subject, PTuple keys) {
        PythonClass type = PyObjectGetClass.get(subject);
        if ((type.getFlags() & BuiltinType.Flags.MAPPING) == 0) {
            return PNone.NONE;
        }
        Object[] k = keys.items();
        if (k.length == 0) {
            return new PTuple(new Object[0]);   // "{}" (or "{**rest}") asks for no len(), as in CPython
        }
        if (PyObjectSize.execute(subject) < k.length) {
            return PNone.NONE;
        }
        PDict seen = new PDict();
        Object missing = new PTuple(new Object[0]);   // a fresh object no mapping can hold
        Object get = GenericAttributes.getAttribute(subject, "get");
        Object[] values = new Object[k.length];
        for (int i = 0; i < k.length; i++) {
            if (seen.getItem(k[i]) != null) {
                throw PythonErrors.valueError("mapping pattern checks duplicate key (%s)", PyObjectStr.repr(k[i]));
            }
            seen.setItem(k[i], k[i]);
            Object v = CallDispatch.call(get, k[i], missing);
            if (v == missing) {
                return PNone.NONE;
            }
            values[i] = v;
        }
        return new PTuple(values);
    }

    /** {@code **rest} of a mapping pattern: a new dict of the other items. */
    @TruffleBoundary
    public static Object mappingRest(Object subject, PTuple keys) {
        PDict rest = new PDict();
        Object it = dev.taipan.runtime.abstractops.PyObjectIter.getIter(CallDispatch.call(GenericAttributes.getAttribute(subject, "keys")));
        for (Object key = dev.taipan.runtime.abstractops.PyObjectIter.next(it); key != null; key = dev.taipan.runtime.abstractops.PyObjectIter.next(it)) {
            rest.setItem(key, dev.taipan.runtime.abstractops.PyObjectItems.getItem(subject, key));
        }
        for (Object key : keys.items()) {
            rest.removeItem(key);
        }
        return rest;
    }

    /**
     * A class pattern {@code cls(p1, ..., k1=q1, ...)}: the values for the {@code positional}
     * sub-patterns (through {@code __match_args__}) then the keyword ones, or NONE.
     */
    @TruffleBoundary
    public static Object classAttributes(Object subject, Object cls, int positional, String[] keywords) {
        if (!(cls instanceof PythonClass type)) {
            throw PythonErrors.typeError("called match pattern must be a class");
        }
        if (!PyObjectIsInstance.isInstance(subject, type)) {
            return PNone.NONE;
        }
        List<String> seen = new ArrayList<>();
        Object[] values = new Object[positional + keywords.length];
        if (positional > 0) {
            Object matchArgs = GenericAttributes.lookupAttribute(type, "__match_args__");
            if (matchArgs == null && matchesSelf(type)) {
                if (positional > 1) {
                    throw tooManyPositional(type, 1, positional);
                }
                values[0] = subject;
            } else {
                Object[] names;
                if (matchArgs == null) {
                    names = new Object[0];
                } else if (matchArgs instanceof PTuple t) {
                    names = t.items();
                } else {
                    throw PythonErrors.typeError("%s.__match_args__ must be a tuple (got %s)", type.getName(), PyObjectGetClass.typeName(matchArgs));
                }
                if (positional > names.length) {
                    throw tooManyPositional(type, names.length, positional);
                }
                for (int i = 0; i < positional; i++) {
                    if (!(names[i] instanceof String name)) {
                        throw PythonErrors.typeError("__match_args__ elements must be strings (got %s)", PyObjectGetClass.typeName(names[i]));
                    }
                    Object v = attribute(subject, type, name, seen);
                    if (v == null) {
                        return PNone.NONE;
                    }
                    values[i] = v;
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            Object v = attribute(subject, type, keywords[i], seen);
            if (v == null) {
                return PNone.NONE;
            }
            values[positional + i] = v;
        }
        return new PTuple(values);
    }

    private static boolean matchesSelf(PythonClass type) {
        for (PythonClass c : type.getMro()) {
            if (c.isBuiltin()) {
                for (BuiltinType t : MATCH_SELF) {
                    if (c.getBuiltinType() == t) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static PException tooManyPositional(PythonClass type, int allowed, int given) {
        return PythonErrors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.getName(), allowed, allowed == 1 ? "" : "s", given);
    }

    /** The attribute, or null when the subject lacks it (AttributeError means no match). */
    private static Object attribute(Object subject, PythonClass type, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw PythonErrors.typeError("%s() got multiple sub-patterns for attribute '%s'", type.getName(), name);
        }
        seen.add(name);
        try {
            return GenericAttributes.getAttribute(subject, name);
        } catch (PException e) {
            if (PyObjectIsInstance.isInstance(e.getPythonException(), dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR))) {
                return null;
            }
            throw e;
        }
    }
}
