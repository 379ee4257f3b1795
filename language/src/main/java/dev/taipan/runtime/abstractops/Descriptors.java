package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.descriptors.PClassMethod;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.descriptors.PMemberDescriptor;
import dev.taipan.runtime.descriptors.PProperty;
import dev.taipan.runtime.descriptors.PStaticMethod;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PBuiltinMethod;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.function.PMethod;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The descriptor protocol ({@code __get__}, {@code __set__}, {@code __delete__}) with direct
 * Java paths for the VM's own descriptor types and a Python call for everything else.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** A data descriptor wins over the instance dict. */
    @TruffleBoundary
    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PFunction || descr instanceof PBuiltinFunction || descr instanceof String || descr instanceof Long) {
            return false;
        }
        if (descr instanceof PProperty || descr instanceof PGetSetDescriptor || descr instanceof PMemberDescriptor || descr instanceof StructSequence.Field ||
                        descr instanceof dev.taipan.runtime.descriptors.PTupleGetter) {
            return true;
        }
        PythonClass t = PyObjectGetClass.get(descr);
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /**
     * For reading: a data descriptor that also has {@code __get__} wins over the instance dict.
     * One with only {@code __set__}/{@code __delete__} comes after it (then reads as itself).
     */
    @TruffleBoundary
    public static boolean isDataDescriptorForGet(Object descr) {
        return isDataDescriptor(descr) && hasGet(descr);
    }

    /** A property whose class does not override property's __get__ (a subclass's own __get__ must run). */
    @TruffleBoundary
    public static boolean isPlainProperty(Object descr) {
        if (!(descr instanceof PProperty p)) {
            return false;
        }
        PythonClass cls = p.getExplicitClass();
        if (cls == null || cls.isBuiltin()) {
            return true;
        }
        return cls.lookup("__get__") instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.PROPERTY;
    }

    /**
     * Whether classmethod(callable) binds through callable's own __get__ (3.12 still chains:
     * classmethod(property(f)) gives f(cls); removed in 3.13) rather than as a method of the class.
     */
    public static boolean classmethodChains(Object callable) {
        return !(callable instanceof PFunction) && !(callable instanceof PBuiltinFunction) && hasGet(callable);
    }

    /** Whether {@code descr} has a {@code __get__}. */
    @TruffleBoundary
    public static boolean hasGet(Object descr) {
        if (descr instanceof PFunction || descr instanceof PBuiltinFunction || descr instanceof PProperty || descr instanceof PGetSetDescriptor || descr instanceof PMemberDescriptor ||
                        descr instanceof PClassMethod || descr instanceof PStaticMethod || descr instanceof StructSequence.Field || descr instanceof dev.taipan.runtime.descriptors.PTupleGetter) {
            return true;
        }
        if (descr instanceof String || descr instanceof Long || descr instanceof Double || descr instanceof Boolean) {
            return false;
        }
        return PyObjectGetClass.get(descr).lookup("__get__") != null;
    }

    /**
     * {@code descr.__get__(obj, type)}; {@code obj == null} for access through the class. Values
     * without {@code __get__} are returned unchanged.
     */
    @TruffleBoundary
    public static Object get(Object descr, Object obj, PythonClass type) {
        if (descr instanceof PFunction f) {
            return obj == null ? f : new PMethod(obj, f);
        } else if (descr instanceof PBuiltinFunction b) {
            return switch (b.getKind()) {
                case METHOD -> obj == null ? b : new PBuiltinMethod(obj, b);
                case CLASSMETHOD -> new PBuiltinMethod(type, b);
                default -> b;
            };
        } else if (descr instanceof PClassMethod cm) {
            Object callable = cm.getCallable();
            if (classmethodChains(callable)) {
                return CallDispatch.callMethod(PyObjectGetClass.get(callable).lookup("__get__"), callable, type, type);
            }
            return new PMethod(type, callable);
        } else if (descr instanceof PStaticMethod sm) {
            return sm.getCallable();
        } else if (descr instanceof PProperty p && isPlainProperty(p)) {
            if (obj == null) {
                return p;
            }
            if (p.getFget() == PNone.NONE) {
                throw PythonErrors.attributeError("property %sof '%s' object has no getter", propertyName(p), PyObjectGetClass.get(obj).getQualname());
            }
            return CallDispatch.call(p.getFget(), obj);
        } else if (descr instanceof PGetSetDescriptor gs) {
            if (obj == null) {
                return gs;
            }
            checkOwner(gs.getName(), gs.getOwner(), obj);
            return CallDispatch.call(gs.getAccessor(), obj, PNone.NO_VALUE);
        } else if (descr instanceof StructSequence.Field f) {
            return obj == null ? f : f.read((dev.taipan.runtime.objects.PTuple) obj);
        } else if (descr instanceof dev.taipan.runtime.descriptors.PTupleGetter g) {
            return obj == null ? g : g.read(obj);
        } else if (descr instanceof PMemberDescriptor md) {
            if (obj == null) {
                return md;
            }
            checkOwner(md.getName(), md.getOwner(), obj);
            Object v = DynamicObjectLibrary.getUncached().getOrDefault((PythonObject) obj, md.getKey(), null);
            if (v == null) {
                throw PythonErrors.attributeError("'%s' object has no attribute '%s'", PyObjectGetClass.typeName(obj), md.getName());
            }
            return v;
        }
        if (descr instanceof String || descr instanceof Long || descr instanceof Double || descr instanceof Boolean) {
            return descr;
        }
        Object getter = PyObjectGetClass.get(descr).lookup("__get__");
        if (getter == null) {
            return descr;
        }
        return CallDispatch.callMethod(getter, descr, obj == null ? PNone.NONE : obj, type);
    }

    /** Binds a method found on {@code type} to {@code self}. */
    public static Object bind(Object descr, Object self, PythonClass type) {
        return get(descr, self, type);
    }

    /** {@code descr.__set__(obj, value)}, or {@code __delete__} when value is null. */
    @TruffleBoundary
    public static void set(Object descr, Object obj, Object value) {
        if (descr instanceof PProperty p) {
            Object f = value == null ? p.getFdel() : p.getFset();
            if (f == PNone.NONE) {
                throw PythonErrors.attributeError("property %sof '%s' object has no %s", propertyName(p), PyObjectGetClass.get(obj).getQualname(), value == null ? "deleter" : "setter");
            }
            if (value == null) {
                CallDispatch.call(f, obj);
            } else {
                CallDispatch.call(f, obj, value);
            }
            return;
        } else if (descr instanceof PGetSetDescriptor gs) {
            checkOwner(gs.getName(), gs.getOwner(), obj);
            if (!gs.isSettable()) {
                // a read-only struct member says so plainly (CPython's PyMember_SetOne)
                throw gs.isMember() ? PythonErrors.attributeError("readonly attribute")
                                : PythonErrors.attributeError("attribute '%s' of '%s' objects is not writable", gs.getName(), gs.getOwner().getTpName());
            }
            CallDispatch.call(gs.getAccessor(), obj, value == null ? PGetSetDescriptor.DELETE : value);
            return;
        } else if (descr instanceof StructSequence.Field f) {
            throw PythonErrors.attributeError("readonly attribute");
        } else if (descr instanceof PMemberDescriptor md) {
            checkOwner(md.getName(), md.getOwner(), obj);
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            if (value == null) {
                if (!lib.removeKey((PythonObject) obj, md.getKey())) {
                    throw PythonErrors.attributeError("'%s' object has no attribute '%s'", PyObjectGetClass.typeName(obj), md.getName());
                }
            } else {
                lib.put((PythonObject) obj, md.getKey(), value);
            }
            return;
        }
        PythonClass t = PyObjectGetClass.get(descr);
        Object m = t.lookup(value == null ? "__delete__" : "__set__");
        if (m == null) {
            throw PythonErrors.attributeError("__%s__", value == null ? "delete" : "set");
        }
        if (value == null) {
            CallDispatch.callMethod(m, descr, obj);
        } else {
            CallDispatch.callMethod(m, descr, obj, value);
        }
    }

    private static String propertyName(PProperty p) {
        return p.getName() instanceof String s ? "'" + s + "' " : "";
    }

    private static void checkOwner(String name, PythonClass owner, Object obj) {
        if (!PyObjectGetClass.get(obj).isSubclassOf(owner)) {
            throw PythonErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getTpName(), PyObjectGetClass.typeName(obj));
        }
    }
}
