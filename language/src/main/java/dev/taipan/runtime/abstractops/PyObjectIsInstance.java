package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code isinstance()} and {@code issubclass()}, honouring {@code __instancecheck__}/{@code __subclasscheck__}. */
public final class PyObjectIsInstance {
    private PyObjectIsInstance() {
    }

    @TruffleBoundary
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PythonClass c && PyObjectGetClass.get(obj) == c) {
            return true;
        }
        if (cls instanceof PTuple t) {
            for (Object item : t.items()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PythonClass c) {
            PythonClass meta = PyObjectGetClass.get(c);
            if (meta.getBuiltinType() == BuiltinType.TYPE) {
                return recursiveIsInstance(obj, c);   // type's own __instancecheck__
            }
            Object check = meta.lookup("__instancecheck__");
            if (check != null && !isTypeBuiltin(check)) {
                return PyObjectIsTrue.execute(CallDispatch.callMethod(check, c, obj));
            }
            return recursiveIsInstance(obj, c);
        }
        Object check = PyObjectGetClass.get(cls).lookup("__instancecheck__");
        if (check != null) {
            return PyObjectIsTrue.execute(CallDispatch.callMethod(check, cls, obj));
        }
        throw PythonErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** The default check: type(obj) is a subclass, or obj.__class__ is. */
    @TruffleBoundary
    public static boolean recursiveIsInstance(Object obj, PythonClass cls) {
        PythonClass t = PyObjectGetClass.get(obj);
        if (t.isSubclassOf(cls)) {
            return true;
        }
        if (isObjectsClassAttribute(t.lookup("__class__"))) {
            return false;   // obj.__class__ is type(obj): nothing more to check
        }
        Object c = GenericAttributes.lookupAttribute(obj, "__class__");
        return c instanceof PythonClass pc && pc != t && pc.isSubclassOf(cls);
    }

    @TruffleBoundary
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PTuple t) {
            for (Object item : t.items()) {
                if (isSubclass(derived, item)) {
                    return true;
                }
            }
            return false;
        }
        Object check = PyObjectGetClass.get(cls).lookup("__subclasscheck__");
        if (cls instanceof PythonClass c && (check == null || isTypeBuiltin(check))) {
            if (!(derived instanceof PythonClass d)) {
                throw PythonErrors.typeError("issubclass() arg 1 must be a class");
            }
            return d.isSubclassOf(c);
        }
        if (check != null) {
            return PyObjectIsTrue.execute(CallDispatch.callMethod(check, cls, derived));
        }
        throw PythonErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** object's own {@code __class__} descriptor (not a class's override, as mocks and proxies have). */
    private static boolean isObjectsClassAttribute(Object descr) {
        return descr instanceof dev.taipan.runtime.descriptors.PGetSetDescriptor gs && gs.getOwner() != null && gs.getOwner().getBuiltinType() == BuiltinType.OBJECT;
    }

    private static boolean isTypeBuiltin(Object m) {
        return m instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.TYPE;
    }
}
