package dev.taipan.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.PythonClass;

/**
 * The behaviour behind the InteropLibrary messages of Python objects (the exports live on
 * {@link PythonObject}; this class keeps them readable): attributes as members, callables as
 * executables, classes as meta-objects and instantiables, list/tuple as arrays, dict as hash.
 */
public final class PythonObjectInterop {
    private PythonObjectInterop() {
    }

    @TruffleBoundary
    public static boolean hasMember(PythonObject o, String name) {
        return GenericAttributes.lookupAttribute(o, name) != null;
    }

    @TruffleBoundary
    public static Object readMember(PythonObject o, String name) {
        return InteropValues.toHost(GenericAttributes.getAttribute(o, name));
    }

    @TruffleBoundary
    public static void writeMember(PythonObject o, String name, Object value) {
        GenericAttributes.setAttribute(o, name, InteropValues.fromHost(value));
    }

    @TruffleBoundary
    public static void removeMember(PythonObject o, String name) {
        GenericAttributes.setAttribute(o, name, null);
    }

    @TruffleBoundary
    public static boolean isCallable(Object o) {
        return PyObjectGetClass.get(o).lookup("__call__") != null;
    }

    @TruffleBoundary
    public static Object execute(Object callable, Object[] args) {
        return InteropValues.toHost(CallDispatch.call(callable, InteropValues.fromHost(args)));
    }

    @TruffleBoundary
    public static Object invokeMember(PythonObject o, String name, Object[] args) {
        return InteropValues.toHost(CallDispatch.call(GenericAttributes.getAttribute(o, name), InteropValues.fromHost(args)));
    }

    @TruffleBoundary
    public static Object members(PythonObject o) {
        Object dir = CallDispatch.callMethod(PyObjectGetClass.get(o).lookup("__dir__"), o);
        return dir instanceof PList ? dir : new PList();
    }

    @TruffleBoundary
    public static String displayString(Object o) {
        try {
            return PyObjectStr.repr(o);
        } catch (PException e) {
            return "<" + PyObjectGetClass.typeName(o) + " object>";
        }
    }

    @TruffleBoundary
    public static boolean isInstance(PythonClass cls, Object instance) {
        return PyObjectIsInstance.isInstance(InteropValues.fromHost(instance), cls);
    }

    public static long arraySize(PythonObject o) {
        if (o instanceof PList l) {
            return l.size();
        }
        return ((PTuple) o).size();
    }

    public static Object arrayElement(PythonObject o, long index) {
        Object v = o instanceof PList l ? l.get((int) index) : ((PTuple) o).get((int) index);
        return InteropValues.toHost(v);
    }

    public static boolean isNull(PythonObject o) {
        return o == PNone.NONE;
    }

    @TruffleBoundary
    public static Object hashGet(PDict d, Object key) {
        return d.getItem(InteropValues.fromHost(key));
    }
}
