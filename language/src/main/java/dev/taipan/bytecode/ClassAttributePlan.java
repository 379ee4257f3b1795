package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.Descriptors;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.descriptors.PMemberDescriptor;
import dev.taipan.runtime.function.PBuiltinFunction;
import dev.taipan.runtime.descriptors.PClassMethod;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.function.PMethod;
import dev.taipan.runtime.descriptors.PStaticMethod;
import dev.taipan.runtime.objects.StructSequence;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * What {@code C.name} does for one class object {@code C} (type.__getattribute__), decided once
 * and valid while neither C nor its metaclass changes: most class attributes (functions,
 * constants, static methods, properties as objects) are then a constant.
 */
final class ClassAttributePlan {
    enum Kind {
        /** The value never changes while the plan holds. */
        CONSTANT,
        /** A classmethod: bound to the class afresh each time, as CPython does. */
        CLASSMETHOD,
        /** Anything else: type.__getattribute__ in full. */
        GENERIC
    }

    final Kind kind;
    final PythonClass cls;
    final PythonClass meta;
    final String name;
    /** CONSTANT: the value; CLASSMETHOD: the function to bind. */
    final Object value;

    private ClassAttributePlan(Kind kind, PythonClass cls, PythonClass meta, String name, Object value) {
        this.kind = kind;
        this.cls = cls;
        this.meta = meta;
        this.name = name;
        this.value = value;
    }

    @TruffleBoundary
    static ClassAttributePlan create(PythonClass cls, String name) {
        PythonClass meta = PyObjectGetClass.get(cls);
        Object ga = meta.lookup("__getattribute__");
        boolean defaultGetattribute = ga instanceof PBuiltinFunction b && b.getOwner() != null && b.getOwner().getBuiltinType() == BuiltinType.TYPE;
        Object metaAttr = meta.lookup(name);
        if (!defaultGetattribute || !meta.isLookupCacheable() || (metaAttr != null && Descriptors.isDataDescriptor(metaAttr))) {
            return generic(cls, meta, name);
        }
        Object attr = cls.lookup(name);
        if (attr == null) {
            return generic(cls, meta, name);
        }
        if (attr instanceof PClassMethod cm && !Descriptors.classmethodChains(cm.getCallable())) {
            return new ClassAttributePlan(Kind.CLASSMETHOD, cls, meta, name, cm.getCallable());
        }
        // these descriptors give a fixed result through the class (the function, the property
        // itself, ...); a plain value has no __get__ at all
        boolean constant = attr instanceof PFunction || attr instanceof PStaticMethod || Descriptors.isPlainProperty(attr) || attr instanceof PGetSetDescriptor ||
                        attr instanceof PMemberDescriptor || attr instanceof StructSequence.Field || attr instanceof dev.taipan.runtime.descriptors.PTupleGetter ||
                        (attr instanceof PBuiltinFunction b && b.getKind() != PBuiltinFunction.Kind.CLASSMETHOD) || !Descriptors.hasGet(attr);
        if (!constant) {
            return generic(cls, meta, name);
        }
        return new ClassAttributePlan(Kind.CONSTANT, cls, meta, name, Descriptors.get(attr, null, cls));
    }

    private static ClassAttributePlan generic(PythonClass cls, PythonClass meta, String name) {
        return new ClassAttributePlan(Kind.GENERIC, cls, meta, name, null);
    }

    Object get() {
        return switch (kind) {
            case CONSTANT -> value;
            case CLASSMETHOD -> new PMethod(cls, value);
            case GENERIC -> GenericAttributes.getAttribute(cls, name);
        };
    }
}
