package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.function.PBuiltinMethod;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.function.PMethod;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * What an attribute read {@code obj.name} does for instances of one class, decided once per
 * (class, name) and valid while the class's lookups are stable: read the instance attribute,
 * bind a function from the class, apply a descriptor, or take the generic path.
 */
final class AttributePlan {
    enum Kind {
        /** The class has a custom __getattribute__ or __getattr__. */
        GENERIC,
        /** A data descriptor on the class wins over the instance dict. */
        DATA_DESCRIPTOR,
        /** Instance dict first, then the class attribute (descr, may be null). */
        INSTANCE_THEN_CLASS
    }

    final Kind kind;
    final PythonClass cls;
    final String name;
    final Object descr;
    final boolean hasDict;
    final boolean descrIsPlainValue;
    /** For method calls: a function on the class that can be called with self prepended. */
    final Object unboundMethod;

    private AttributePlan(Kind kind, PythonClass cls, String name, Object descr, boolean hasDict) {
        this.kind = kind;
        this.cls = cls;
        this.name = name;
        this.descr = descr;
        this.hasDict = hasDict;
        this.descrIsPlainValue = descr != null && !Descriptors.hasGet(descr);
        this.unboundMethod = kind == Kind.INSTANCE_THEN_CLASS &&
                        dev.taipan.runtime.function.CallDispatch.isPlainMethod(descr) ? descr : null;
    }

    @TruffleBoundary
    static AttributePlan create(PythonClass cls, String name) {
        Object ga = cls.lookup("__getattribute__");
        boolean defaultGetattribute = ga instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.OBJECT;
        if (!defaultGetattribute || cls.lookup("__getattr__") != null) {
            return new AttributePlan(Kind.GENERIC, cls, name, null, false);
        }
        Object descr = cls.lookup(name);
        boolean hasDict = cls.hasFlag(BuiltinType.Flags.HAS_DICT);
        if (descr != null && Descriptors.isDataDescriptorForGet(descr)) {
            return new AttributePlan(Kind.DATA_DESCRIPTOR, cls, name, descr, hasDict);
        }
        if (name.equals("__dict__") && descr == null) {
            return new AttributePlan(Kind.GENERIC, cls, name, null, hasDict);
        }
        return new AttributePlan(Kind.INSTANCE_THEN_CLASS, cls, name, descr, hasDict);
    }

    /** {@link #directRead}: neither the instance nor its class has the attribute. */
    private static final Object MISSING = new Object();

    /**
     * An INSTANCE_THEN_CLASS read up to the point where a descriptor's {@code __get__} would
     * run: the instance's own value, or a class attribute that needs no call (a function or
     * builtin method bound here, a plain value); {@link #MISSING} when neither has it; null
     * when the class attribute is a descriptor to call.
     */
    private Object directRead(Object obj, DynamicObjectLibrary lib) {
        if (hasDict && obj instanceof PythonObject po) {
            Object v = lib.getOrDefault(po, name, null);
            if (v != null) {
                return v;
            }
        }
        if (descr == null) {
            return MISSING;
        }
        if (descr instanceof PFunction f) {
            return new PMethod(obj, f);
        }
        if (unboundMethod instanceof PBuiltinFunction b) {
            return new PBuiltinMethod(obj, b);
        }
        return descrIsPlainValue ? descr : null;
    }

    /**
     * {@code getattr(obj, name, default)}'s read: null where {@link #get} would raise
     * AttributeError, without making the exception when the attribute is simply missing.
     */
    Object getOrNull(Object obj, DynamicObjectLibrary lib) {
        if (kind == Kind.INSTANCE_THEN_CLASS) {
            Object v = directRead(obj, lib);
            if (v == MISSING) {
                return null;
            }
            if (v != null) {
                return v;
            }
        }
        return GenericAttributes.lookupAttribute(obj, name);
    }

    Object get(Object obj, DynamicObjectLibrary lib) {
        switch (kind) {
            case GENERIC:
                return GenericAttributes.getAttribute(obj, name);
            case DATA_DESCRIPTOR:
                return Descriptors.get(descr, obj, cls);
            default:
                Object v = directRead(obj, lib);
                if (v == MISSING) {
                    throw GenericAttributes.noAttribute(obj, cls, name);
                }
                return v != null ? v : Descriptors.get(descr, obj, cls);
        }
    }
}
