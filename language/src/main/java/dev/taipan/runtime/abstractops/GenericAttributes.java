package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.dict.AttributesStorage;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Attribute access without caches: {@code object.__getattribute__}, {@code type.__getattribute__},
 * module attributes, {@code __getattr__} fallback, and the matching setattr/delattr. The
 * attribute nodes use these as their generic case; builtins like getattr() call them directly.
 */
public final class GenericAttributes {
    private GenericAttributes() {
    }

    /** Key of the cached {@code __dict__} view of an object. */
    public static final HiddenKey DICT_VIEW = new HiddenKey("__dict__");

    /** {@code getattr(obj, name)}: raises AttributeError when missing. */
    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        PythonClass type = PyObjectGetClass.get(obj);
        Object getattribute = type.lookup("__getattribute__");
        PException error;
        if (getattribute instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().isBuiltin()) {
            Object v;
            try {
                v = builtinGetAttribute(b.getOwner().getBuiltinType(), obj, type, name);
            } catch (PException e) {
                // an AttributeError raised by a descriptor (a property getter) still falls back to __getattr__
                if (!isAttributeError(e) || type.lookup("__getattr__") == null) {
                    throw e;
                }
                v = null;
            }
            if (v != null) {
                return v;
            }
            error = noAttribute(obj, type, name);
        } else {
            try {
                return CallDispatch.callMethod(getattribute, obj, name);
            } catch (PException e) {
                if (!isAttributeError(e)) {
                    throw e;
                }
                error = e;
            }
        }
        Object getattr = type.lookup("__getattr__");
        if (getattr != null) {
            return CallDispatch.callMethod(getattr, obj, name);
        }
        throw error;
    }

    /** {@code getattr(obj, name, None)}-style lookup: null when missing (AttributeError swallowed). */
    @TruffleBoundary
    public static Object lookupAttribute(Object obj, String name) {
        PythonClass type = PyObjectGetClass.get(obj);
        Object getattribute = type.lookup("__getattribute__");
        if (getattribute instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().isBuiltin() && type.lookup("__getattr__") == null) {
            try {
                return builtinGetAttribute(b.getOwner().getBuiltinType(), obj, type, name);
            } catch (PException e) {
                if (isAttributeError(e)) {
                    return null;
                }
                throw e;
            }
        }
        try {
            return getAttribute(obj, name);
        } catch (PException e) {
            if (isAttributeError(e)) {
                return null;
            }
            throw e;
        }
    }

    public static boolean isAttributeError(PException e) {
        return PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.ATTRIBUTE_ERROR);
    }

    /** The {@code __getattribute__} of a builtin type; null when not found. */
    @TruffleBoundary
    public static Object builtinGetAttribute(BuiltinType owner, Object obj, PythonClass type, String name) {
        return switch (owner) {
            case TYPE -> typeGetAttribute((PythonClass) obj, name);
            case MODULE -> moduleGetAttribute((PythonModule) obj, type, name);
            case SUPER -> dev.taipan.runtime.objects.SuperLookup.getAttribute(obj, name);
            case GENERIC_ALIAS -> dev.taipan.runtime.typing.Generics.aliasGetAttribute(obj, type, name);
            case WEAKPROXY, WEAKCALLABLEPROXY -> getAttribute(dev.taipan.runtime.objects.WeakRefs.liveReferent(obj), name);
            case METHOD -> methodGetAttribute(obj, type, name);
            default -> objectGetAttribute(obj, type, name);
        };
    }

    /** A bound method's own attributes, then its function's (__qualname__, __module__, __doc__, ...). */
    private static Object methodGetAttribute(Object obj, PythonClass type, String name) {
        Object v = objectGetAttribute(obj, type, name);
        if (v == null && obj instanceof dev.taipan.runtime.function.PMethod m) {
            v = lookupAttribute(m.getFunction(), name);
        }
        return v;
    }

    @TruffleBoundary
    public static PException noAttribute(Object obj, PythonClass type, String name) {
        PException e;
        if (obj instanceof PythonClass c) {
            e = PythonErrors.attributeError("type object '%s' has no attribute '%s'", c.getName(), name);
        } else if (obj instanceof PythonModule m) {
            e = PythonErrors.attributeError("module '%s' has no attribute '%s'", m.getName(), name);
        } else {
            e = PythonErrors.attributeError("'%s' object has no attribute '%s'", type.getTpName(), name);
        }
        ExceptionFields.set(e.getPythonException(), ExceptionFields.NAME, name);
        ExceptionFields.set(e.getPythonException(), ExceptionFields.OBJ, obj);
        return e;
    }

    /** Whether instances of {@code type} keep attributes in a {@code __dict__}. */
    public static boolean hasInstanceDict(Object obj, PythonClass type) {
        return obj instanceof PythonObject && type.hasFlag(BuiltinType.Flags.HAS_DICT);
    }

    /** CPython's {@code PyObject_GenericGetAttr}; null when not found. */
    @TruffleBoundary
    public static Object objectGetAttribute(Object obj, PythonClass type, String name) {
        Object descr = type.lookup(name);
        if (descr != null && Descriptors.isDataDescriptorForGet(descr)) {
            return Descriptors.get(descr, obj, type);
        }
        if (hasInstanceDict(obj, type)) {
            Object v = DynamicObjectLibrary.getUncached().getOrDefault((PythonObject) obj, name, null);
            if (v != null) {
                return v;
            }
            if (descr == null && name.equals("__dict__")) {
                return getDict((PythonObject) obj);
            }
        }
        if (descr != null) {
            return Descriptors.get(descr, obj, type);
        }
        return null;
    }

    /** The {@code __dict__} of an object with an instance dict (one view object per instance). */
    @TruffleBoundary
    public static PDict getDict(PythonObject obj) {
        if (obj instanceof PythonModule m) {
            return m.getDict();
        }
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object d = lib.getOrDefault(obj, DICT_VIEW, null);
        if (d == null) {
            d = new PDict(new AttributesStorage(obj));
            lib.put(obj, DICT_VIEW, d);
        }
        return (PDict) d;
    }

    /**
     * {@code obj.__dict__ = d}: from now on {@code d} is the object's dict. The attributes live
     * in the object's shape, so they are replaced by d's items and d becomes a view of them; the
     * dict that was the view before keeps its items as an ordinary dict. (_threading_local swaps
     * an object's __dict__ per thread this way.)
     */
    @TruffleBoundary
    public static void assignDict(PythonObject obj, Object value) {
        if (!(value instanceof PDict replacement)) {
            throw PythonErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", PyObjectGetClass.typeName(value));
        }
        PDict current = getDict(obj);
        if (replacement == current) {
            return;
        }
        Object[] keys = dev.taipan.runtime.sequence.SequenceOps.toArray(current);
        PDict snapshot = new PDict();
        for (Object k : keys) {
            snapshot.setItem(k, current.getItem(k));
        }
        current.setStorage(snapshot.storage());
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : keys) {
            lib.removeKey(obj, k);
        }
        for (Object k : dev.taipan.runtime.sequence.SequenceOps.toArray(replacement)) {
            lib.put(obj, k, replacement.getItem(k));
        }
        replacement.setStorage(new dev.taipan.runtime.dict.AttributesStorage(obj));
        lib.put(obj, DICT_VIEW, replacement);
    }

    /** {@code type.__getattribute__}: metatype data descriptors, the MRO, then the metatype. */
    @TruffleBoundary
    public static Object typeGetAttribute(PythonClass cls, String name) {
        PythonClass meta = PyObjectGetClass.get(cls);
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isDataDescriptor(metaAttr)) {
            return Descriptors.get(metaAttr, cls, meta);
        }
        Object attr = cls.lookup(name);
        if (attr != null) {
            return Descriptors.get(attr, null, cls);
        }
        if (metaAttr != null) {
            return Descriptors.get(metaAttr, cls, meta);
        }
        return null;
    }

    @TruffleBoundary
    public static Object moduleGetAttribute(PythonModule module, PythonClass type, String name) {
        Object v = objectGetAttribute(module, type, name);
        if (v != null) {
            return v;
        }
        if (module == dev.taipan.TaipanContext.get(null).getBuiltinsModule()) {
            v = dev.taipan.runtime.LazyBuiltins.resolve(module.getDict(), name);
            if (v != null) {
                return v;
            }
        } else if (module == dev.taipan.TaipanContext.get(null).getSysModule()) {
            v = dev.taipan.runtime.LazyBuiltins.resolveSys(module, name);
            if (v != null) {
                return v;
            }
        }
        Object getattr = module.getAttribute("__getattr__");
        if (getattr != null) {
            return CallDispatch.call(getattr, name);
        }
        return null;
    }

    // ---------------------------------------------------------------- set / delete

    /** {@code setattr(obj, name, value)}; {@code value == null} deletes. */
    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        PythonClass type = PyObjectGetClass.get(obj);
        Object setter = type.lookup(value == null ? "__delattr__" : "__setattr__");
        if (setter instanceof PBuiltinFunction b && b.getOwner() != null && (b.getOwner().getBuiltinType() == BuiltinType.OBJECT || b.getOwner().getBuiltinType() == BuiltinType.TYPE)) {
            builtinSetAttribute(b.getOwner().getBuiltinType(), obj, type, name, value);
        } else if (value == null) {
            CallDispatch.callMethod(setter, obj, name);
        } else {
            CallDispatch.callMethod(setter, obj, name, value);
        }
    }

    @TruffleBoundary
    public static void builtinSetAttribute(BuiltinType owner, Object obj, PythonClass type, String name, Object value) {
        if (owner == BuiltinType.TYPE) {
            typeSetAttribute((PythonClass) obj, name, value);
        } else {
            objectSetAttribute(obj, type, name, value);
        }
    }

    /** CPython's {@code PyObject_GenericSetAttr}; value null deletes. */
    @TruffleBoundary
    public static void objectSetAttribute(Object obj, PythonClass type, String name, Object value) {
        Object descr = type.lookup(name);
        if (descr != null && Descriptors.isDataDescriptor(descr)) {
            Descriptors.set(descr, obj, value);
            return;
        }
        if (hasInstanceDict(obj, type)) {
            if (name.equals("__dict__") && descr == null) {
                if (value == null) {
                    throw PythonErrors.typeError("cannot delete __dict__");
                }
                assignDict((PythonObject) obj, value);
                return;
            }
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            if (value == null) {
                if (!lib.removeKey((PythonObject) obj, name)) {
                    throw noAttribute(obj, type, name);
                }
            } else {
                lib.put((PythonObject) obj, name, value);
            }
            return;
        }
        if (descr != null) {
            throw PythonErrors.attributeError("'%s' object attribute '%s' is read-only", type.getTpName(), name);
        }
        throw PythonErrors.attributeError("'%s' object has no attribute '%s'%s", type.getTpName(), name, "");
    }

    /** {@code type.__setattr__}: builtin types are immutable. */
    @TruffleBoundary
    public static void typeSetAttribute(PythonClass cls, String name, Object value) {
        PythonClass meta = PyObjectGetClass.get(cls);
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isDataDescriptor(metaAttr)) {
            Descriptors.set(metaAttr, cls, value);
            return;
        }
        if (cls.isBuiltin()) {
            throw PythonErrors.typeError("cannot set '%s' attribute of immutable type '%s'", name, cls.getName());
        }
        if (value == null) {
            if (!cls.removeOwnAttribute(name)) {
                throw noAttribute(cls, meta, name);
            }
        } else {
            cls.setOwnAttribute(name, value);
        }
    }
}
