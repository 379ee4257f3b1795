package dev.taipan.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Python operations on foreign objects (other languages' values and Java host objects), each
 * one InteropLibrary message: attributes are members, calls execute, subscripts read array
 * elements or hash entries. Results come back as Python values (see
 * {@link InteropValues#fromForeign}).
 */
public final class ForeignObjects {
    private ForeignObjects() {
    }

    private static InteropLibrary lib(Object o) {
        return InteropLibrary.getUncached(o);
    }

    public static String typeName(Object foreign) {
        return BuiltinType.FOREIGN.pythonName;
    }

    /** The attribute {@code name}, or null if the object has no such member. */
    @TruffleBoundary
    public static Object getAttribute(Object foreign, String name) {
        InteropLibrary lib = lib(foreign);
        if (!lib.isMemberReadable(foreign, name)) {
            return null;
        }
        try {
            return InteropValues.fromForeign(lib.readMember(foreign, name));
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return null;
        }
    }

    @TruffleBoundary
    public static void setAttribute(Object foreign, String name, Object value) {
        try {
            lib(foreign).writeMember(foreign, name, InteropValues.toHost(value));
        } catch (InteropException e) {
            throw PythonErrors.attributeError("'%s' object has no attribute '%s'", typeName(foreign), name);
        }
    }

    @TruffleBoundary
    public static void deleteAttribute(Object foreign, String name) {
        try {
            lib(foreign).removeMember(foreign, name);
        } catch (InteropException e) {
            throw PythonErrors.attributeError("'%s' object has no attribute '%s'", typeName(foreign), name);
        }
    }

    @TruffleBoundary
    public static Object call(Object foreign, Object[] args) {
        InteropLibrary lib = lib(foreign);
        Object[] hostArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            hostArgs[i] = InteropValues.toHost(args[i]);
        }
        try {
            if (lib.isExecutable(foreign)) {
                return InteropValues.fromForeign(lib.execute(foreign, hostArgs));
            }
            if (lib.isInstantiable(foreign)) {
                return InteropValues.fromForeign(lib.instantiate(foreign, hostArgs));
            }
        } catch (ArityException e) {
            throw PythonErrors.typeError("%s expected %d arguments, got %d", typeName(foreign), e.getExpectedMinArity(), e.getActualArity());
        } catch (UnsupportedTypeException e) {
            throw PythonErrors.typeError("invalid argument types for a foreign call: %s", e.getMessage());
        } catch (UnsupportedMessageException e) {
            // not callable after all
        }
        throw PythonErrors.typeError("'%s' object is not callable", typeName(foreign));
    }

    @TruffleBoundary
    public static long length(Object foreign) {
        InteropLibrary lib = lib(foreign);
        try {
            if (lib.hasArrayElements(foreign)) {
                return lib.getArraySize(foreign);
            }
            if (lib.hasHashEntries(foreign)) {
                return lib.getHashSize(foreign);
            }
            if (lib.isString(foreign)) {
                return lib.asString(foreign).codePointCount(0, lib.asString(foreign).length());
            }
        } catch (UnsupportedMessageException e) {
            // no length
        }
        throw PythonErrors.typeError("object of type '%s' has no len()", typeName(foreign));
    }

    @TruffleBoundary
    public static Object getItem(Object foreign, Object key) {
        InteropLibrary lib = lib(foreign);
        try {
            if (lib.hasArrayElements(foreign)) {
                long i = arrayIndex(lib, foreign, key);
                return InteropValues.fromForeign(lib.readArrayElement(foreign, i));
            }
            if (lib.hasHashEntries(foreign)) {
                return InteropValues.fromForeign(lib.readHashValue(foreign, InteropValues.toHost(key)));
            }
        } catch (InvalidArrayIndexException e) {
            throw PythonErrors.indexError("index out of range");
        } catch (UnknownKeyException e) {
            throw PythonErrors.keyError(key);
        } catch (UnsupportedMessageException e) {
            // not subscriptable
        }
        throw PythonErrors.typeError("'%s' object is not subscriptable", typeName(foreign));
    }

    @TruffleBoundary
    public static void setItem(Object foreign, Object key, Object value) {
        InteropLibrary lib = lib(foreign);
        try {
            if (lib.hasArrayElements(foreign)) {
                lib.writeArrayElement(foreign, arrayIndex(lib, foreign, key), InteropValues.toHost(value));
                return;
            }
            if (lib.hasHashEntries(foreign)) {
                lib.writeHashEntry(foreign, InteropValues.toHost(key), InteropValues.toHost(value));
                return;
            }
        } catch (InvalidArrayIndexException e) {
            throw PythonErrors.indexError("index out of range");
        } catch (InteropException e) {
            // not assignable
        }
        throw PythonErrors.typeError("'%s' object does not support item assignment", typeName(foreign));
    }

    private static long arrayIndex(InteropLibrary lib, Object foreign, Object key) throws UnsupportedMessageException {
        long i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
        if (i < 0) {
            i += lib.getArraySize(foreign);
        }
        return i;
    }

    @TruffleBoundary
    public static boolean contains(Object foreign, Object item) {
        InteropLibrary lib = lib(foreign);
        if (lib.hasHashEntries(foreign)) {
            return lib.isHashEntryExisting(foreign, InteropValues.toHost(item));
        }
        Object it = PForeignIterator.of(foreign);
        for (Object v = ((PForeignIterator) it).next(); v != null; v = ((PForeignIterator) it).next()) {
            if (dev.taipan.runtime.abstractops.PyObjectRichCompareBool.eqUncached(v, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public static String displayString(Object foreign) {
        try {
            return lib(foreign).asString(lib(foreign).toDisplayString(foreign));
        } catch (UnsupportedMessageException e) {
            return "<foreign object>";
        }
    }

    @TruffleBoundary
    public static boolean isTrue(Object foreign) {
        InteropLibrary lib = lib(foreign);
        try {
            if (lib.hasArrayElements(foreign)) {
                return lib.getArraySize(foreign) > 0;
            }
            if (lib.hasHashEntries(foreign)) {
                return lib.getHashSize(foreign) > 0;
            }
        } catch (UnsupportedMessageException e) {
            // true
        }
        return !lib.isNull(foreign);
    }

    @TruffleBoundary
    public static boolean isIdentical(Object a, Object b) {
        return a == b || lib(a).isIdentical(a, b, lib(b));
    }

    /** The member names, for dir(). */
    @TruffleBoundary
    public static java.util.List<String> memberNames(Object foreign) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try {
            Object members = lib(foreign).getMembers(foreign);
            InteropLibrary ml = lib(members);
            long n = ml.getArraySize(members);
            for (long i = 0; i < n; i++) {
                out.add(ml.asString(ml.readArrayElement(members, i)));
            }
        } catch (InteropException e) {
            // no members
        }
        return out;
    }
}
