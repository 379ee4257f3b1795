package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code isinstance()} and {@code issubclass()}: {@code __instancecheck__} and
 * {@code __subclasscheck__} on the metaclass, an instance's {@code __class__} when it differs
 * from its type (proxies, mocks), and CPython's "abstract" protocol, where any object with a
 * {@code __bases__} tuple can stand for a class.
 */
public final class PyObjectIsInstance {
    private PyObjectIsInstance() {
    }

    @TruffleBoundary
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PythonClass c) {
            if (PyObjectGetClass.get(obj) == c) {
                return true;
            }
            if (PyObjectGetClass.get(c).getBuiltinType() == BuiltinType.TYPE) {
                return recursiveIsInstance(obj, c);   // type's own __instancecheck__
            }
        }
        if (cls instanceof PTuple t) {
            for (Object item : t.items()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = PyObjectGetClass.get(cls).lookup("__instancecheck__");
        if (check != null && !isTypeBuiltin(check)) {
            return PyObjectIsTrue.execute(CallDispatch.callMethod(check, cls, obj));
        }
        return recursiveIsInstance(obj, cls);
    }

    /** The default check ({@code type.__instancecheck__}): by type, then by {@code obj.__class__}. */
    @TruffleBoundary
    public static boolean recursiveIsInstance(Object obj, Object cls) {
        if (cls instanceof PythonClass c) {
            PythonClass t = PyObjectGetClass.get(obj);
            if (t.isSubclassOf(c)) {
                return true;
            }
            if (isObjectBuiltin(t.lookup("__class__")) && isObjectBuiltin(t.lookup("__getattribute__"))) {
                return false;   // obj.__class__ is type(obj): nothing more to check
            }
            Object icls = GenericAttributes.lookupAttribute(obj, "__class__");
            return icls instanceof PythonClass pc && pc != t && pc.isSubclassOf(c);
        }
        if (!isClassLike(cls)) {
            throw PythonErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object icls = GenericAttributes.lookupAttribute(obj, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    @TruffleBoundary
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PythonClass c && derived instanceof PythonClass d && PyObjectGetClass.get(c).getBuiltinType() == BuiltinType.TYPE) {
            return d.isSubclassOf(c);
        }
        if (cls instanceof PTuple t) {
            for (Object item : t.items()) {
                if (isSubclass(derived, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = PyObjectGetClass.get(cls).lookup("__subclasscheck__");
        if (check != null && !isTypeBuiltin(check)) {
            return PyObjectIsTrue.execute(CallDispatch.callMethod(check, cls, derived));
        }
        return recursiveIsSubclass(derived, cls);
    }

    /** The default check ({@code type.__subclasscheck__}): the MRO, or {@code __bases__} for class-like objects. */
    @TruffleBoundary
    public static boolean recursiveIsSubclass(Object derived, Object cls) {
        if (derived instanceof PythonClass d && cls instanceof PythonClass c) {
            return d.isSubclassOf(c);
        }
        if (!isClassLike(derived)) {
            throw PythonErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (!isClassLike(cls)) {
            throw PythonErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** A class, or an object whose {@code __bases__} is a tuple (CPython's check_class). */
    private static boolean isClassLike(Object o) {
        return o instanceof PythonClass || bases(o) != null;
    }

    private static PTuple bases(Object o) {
        return GenericAttributes.lookupAttribute(o, "__bases__") instanceof PTuple t ? t : null;
    }

    /** Walks {@code __bases__} depth first; a chain of single bases is followed without recursing. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        while (derived != cls) {
            PTuple b = bases(derived);
            if (b == null || b.size() == 0) {
                return false;
            }
            if (b.size() > 1) {
                for (int i = 0; i < b.size(); i++) {
                    if (abstractIsSubclass(b.items()[i], cls)) {
                        return true;
                    }
                }
                return false;
            }
            derived = b.items()[0];
        }
        return true;
    }

    /** object's own {@code __class__} or {@code __getattribute__} (not an override, as mocks and proxies have). */
    private static boolean isObjectBuiltin(Object descr) {
        PythonClass owner = descr instanceof PGetSetDescriptor gs ? gs.getOwner() : descr instanceof PBuiltinFunction b ? b.getOwner() : null;
        return owner != null && owner.getBuiltinType() == BuiltinType.OBJECT;
    }

    private static boolean isTypeBuiltin(Object m) {
        return m instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.TYPE;
    }
}
