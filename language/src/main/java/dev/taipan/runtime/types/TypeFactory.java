package dev.taipan.runtime.types;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.types.InstanceDictBuiltinsFactory;
import dev.taipan.builtins.types.InstanceWeakrefBuiltinsFactory;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.descriptors.PClassMethod;
import dev.taipan.runtime.descriptors.PMemberDescriptor;
import dev.taipan.runtime.descriptors.PStaticMethod;
import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.WeakRefs;
import dev.taipan.runtime.strings.StrArgs;

/**
 * {@code type.__new__(meta, name, bases, namespace)}: creates a class — checks the bases,
 * computes the MRO and the instance layout, copies the namespace (wrapping {@code __new__},
 * {@code __init_subclass__}, {@code __class_getitem__} like CPython), sets up {@code __slots__},
 * fills the {@code __class__} cell and runs {@code __set_name__} and {@code __init_subclass__}.
 */
public final class TypeFactory {
    private TypeFactory() {
    }

    @TruffleBoundary
    public static PythonClass create(PythonClass meta, String name, PTuple basesTuple, PDict namespace, PDict kwargs) {
        TaipanContext ctx = TaipanContext.get(null);
        PythonClass[] bases;
        if (basesTuple.size() == 0) {
            bases = new PythonClass[]{ctx.getBuiltinClass(BuiltinType.OBJECT)};
        } else {
            bases = new PythonClass[basesTuple.size()];
            for (int i = 0; i < bases.length; i++) {
                Object b = basesTuple.get(i);
                if (!(b instanceof PythonClass pc)) {
                    throw PythonErrors.typeError("bases must be types");
                }
                if (pc.isBuiltin() && !pc.hasFlag(BuiltinType.Flags.BASETYPE)) {
                    throw PythonErrors.typeError("type '%s' is not an acceptable base type", pc.getName());
                }
                for (int j = 0; j < i; j++) {
                    if (bases[j] == pc) {
                        throw PythonErrors.typeError("duplicate base class %s", pc.getName());
                    }
                }
                bases[i] = pc;
            }
        }
        BuiltinType layout = solidLayout(bases);
        String[] slots = slotsOf(namespace);
        int flags = BuiltinType.Flags.BASETYPE;
        boolean baseHasDict = false;
        for (PythonClass b : bases) {
            if (b.hasFlag(BuiltinType.Flags.HAS_DICT)) {
                baseHasDict = true;
            }
        }
        if (slots == null || baseHasDict || contains(slots, "__dict__")) {
            flags |= BuiltinType.Flags.HAS_DICT;
        }
        boolean baseHasWeakrefs = basesTakeWeakrefs(bases);
        // as CPython, variable-size layouts (int, tuple, bytes) cannot add a weak reference list
        boolean variableSize = layout == BuiltinType.INT || layout == BuiltinType.TUPLE || layout == BuiltinType.BYTES;
        if (slots != null && slots.length > 0 && variableSize) {
            throw PythonErrors.typeError("nonempty __slots__ not supported for subtype of '%s'", layoutBase(bases, layout).getName());
        }
        if (slots != null) {
            checkDictAndWeakrefSlots(slots, bases.length == 1 && baseHasDict, bases.length == 1 && baseHasWeakrefs);
        }
        boolean addsWeakrefs = !baseHasWeakrefs && (slots == null || contains(slots, "__weakref__")) && !variableSize;
        if (baseHasWeakrefs || addsWeakrefs) {
            flags |= BuiltinType.Flags.WEAKREFS;
        }
        flags |= collectionFlags(bases, layout);
        PythonClass cls = new PythonClass(meta, name, bases, new PythonClass[0], layout, flags);
        cls.initMro(Mro.compute(cls, bases));
        if (meta.lookup("mro") != null && !(PyObjectGetClass.get(meta).isBuiltin() && meta.isBuiltin())) {
            Object custom = meta.lookup("mro");
            if (!(custom instanceof dev.taipan.runtime.function.PBuiltinFunction)) {
                Object r = CallDispatch.callMethod(custom, cls);
                List<PythonClass> l = new ArrayList<>();
                Object it = PyObjectIter.getIter(r);
                for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                    if (!(v instanceof PythonClass pc)) {
                        throw PythonErrors.typeError("mro() returned a non-class ('%s')", PyObjectGetClass.typeName(v));
                    }
                    l.add(pc);
                }
                cls.setBasesAndMro(bases, l.toArray(new PythonClass[0]));
            }
        }

        // copy the namespace
        DictStorage s = namespace.storage();
        PCell classCell = null;
        for (int i = s.next(-1); i >= 0; i = s.next(i)) {
            Object key = s.keyAt(i);
            Object value = s.valueAt(i);
            if (!(key instanceof String k)) {
                cls.initAttribute(key, value);
                continue;
            }
            switch (k) {
                case "__qualname__" -> {
                    if (!(value instanceof String q)) {
                        throw PythonErrors.typeError("type __qualname__ must be a str, not %s", PyObjectGetClass.typeName(value));
                    }
                    cls.setQualname(q);
                    continue;
                }
                case "__classcell__" -> {
                    classCell = value instanceof PCell c ? c : null;
                    continue;
                }
                case "__new__" -> {
                    if (value instanceof PFunction) {
                        value = new PStaticMethod(ctx.getBuiltinClass(BuiltinType.STATICMETHOD), value);
                    }
                }
                case "__init_subclass__", "__class_getitem__" -> {
                    if (value instanceof PFunction) {
                        value = new PClassMethod(ctx.getBuiltinClass(BuiltinType.CLASSMETHOD), value);
                    }
                }
                default -> {
                }
            }
            cls.initAttribute(k, value);
        }
        // defining __eq__ without __hash__ makes instances unhashable
        if (cls.getOwnAttribute("__eq__") != null && cls.getOwnAttribute("__hash__") == null) {
            cls.initAttribute("__hash__", PNone.NONE);
        }
        if (cls.getOwnAttribute("__module__") == null) {
            // as CPython: the __name__ of the globals of the code calling type()
            PDict globals = FrameAccess.callerGlobals();
            Object mod = globals == null ? null : globals.getItem("__name__");
            if (mod != null) {
                cls.initAttribute("__module__", mod);
            }
        }
        if (slots != null) {
            List<String> names = new ArrayList<>();
            for (String slot : slots) {
                if (slot.equals("__dict__") || slot.equals("__weakref__")) {
                    continue;
                }
                String mangled = mangle(name, slot);
                if (names.contains(mangled)) {
                    continue;   // listed twice (datetime's slots are date's + time's): one member
                }
                if (cls.getOwnAttribute(mangled) != null) {
                    throw PythonErrors.valueError("'%s' in __slots__ conflicts with class variable", slot);
                }
                cls.initAttribute(mangled, new PMemberDescriptor(mangled, cls));
                names.add(mangled);
            }
            cls.setSlots(names.toArray(new String[0]));
        }
        // the descriptors of what this class adds to its instances, before __doc__ as in CPython
        if (cls.hasFlag(BuiltinType.Flags.HAS_DICT) && !baseHasDict && cls.getOwnAttribute("__dict__") == null) {
            cls.initAttribute("__dict__", ctx.getRegistry().classAttribute(cls, InstanceDictBuiltinsFactory.DictNodeFactory.getInstance()));
        }
        if (addsWeakrefs && cls.getOwnAttribute("__weakref__") == null) {
            cls.initAttribute("__weakref__", ctx.getRegistry().classAttribute(cls, InstanceWeakrefBuiltinsFactory.WeakrefNodeFactory.getInstance()));
        }
        // after the slots: a slot named __doc__ is not a conflict with the implicit docstring
        if (cls.getOwnAttribute("__doc__") == null) {
            cls.initAttribute("__doc__", PNone.NONE);
        }
        if (classCell != null) {
            classCell.setRef(cls);
        }
        // __set_name__ on the attributes that have it
        for (int i = s.next(-1); i >= 0; i = s.next(i)) {
            Object key = s.keyAt(i);
            Object value = cls.getOwnAttribute(key);
            if (value == null) {
                continue;
            }
            Object setName = PyObjectGetClass.get(value).lookup("__set_name__");
            if (setName != null) {
                CallDispatch.callMethod(setName, value, cls, key);
            }
        }
        initSubclass(cls, kwargs);
        return cls;
    }

    /** Whether a base already gives instances a weak reference list. */
    private static boolean basesTakeWeakrefs(PythonClass[] bases) {
        for (PythonClass b : bases) {
            for (PythonClass c : b.getMro()) {
                if (c.isBuiltin() ? WeakRefs.hasWeakList(c.getBuiltinType()) : c.hasFlag(BuiltinType.Flags.WEAKREFS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}. */
    private static void initSubclass(PythonClass cls, PDict kwargs) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object m = mro[i].getOwnAttribute("__init_subclass__");
            if (m != null) {
                Object bound = dev.taipan.runtime.abstractops.Descriptors.get(m, null, cls);
                if (m instanceof PFunction) {
                    bound = new dev.taipan.runtime.function.PMethod(cls, m);
                }
                Object[] args = new Object[kwargs == null ? 0 : kwargs.size()];
                String[] names = new String[args.length];
                if (kwargs != null) {
                    int k = 0;
                    DictStorage ks = kwargs.storage();
                    for (int j = ks.next(-1); j >= 0; j = ks.next(j)) {
                        names[k] = (String) ks.keyAt(j);
                        args[k++] = ks.valueAt(j);
                    }
                }
                CallDispatch.call(bound, args, names);
                return;
            }
        }
    }

    private static boolean contains(String[] a, String s) {
        for (String x : a) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** Sequence/mapping-ness (for match) is inherited from the base that supplies the layout. */
    private static int collectionFlags(PythonClass[] bases, BuiltinType layout) {
        PythonClass primary = bases[0];
        for (PythonClass b : bases) {
            if (b.getLayout() == layout) {
                primary = b;
                break;
            }
        }
        return primary.getFlags() & (BuiltinType.Flags.SEQUENCE | BuiltinType.Flags.MAPPING);
    }

    /** The base that gives the class its builtin layout (CPython's best base). */
    private static PythonClass layoutBase(PythonClass[] bases, BuiltinType layout) {
        for (PythonClass b : bases) {
            if (b.getLayout() == layout) {
                return b;
            }
        }
        return bases[0];
    }

    /**
     * CPython's rule for the two special slots: each at most once, and only where the base does
     * not have it already (for several bases only the repeat is checked: CPython asks the solid
     * base alone, which a class with several bases need not have first).
     */
    private static void checkDictAndWeakrefSlots(String[] slots, boolean baseHasDict, boolean baseHasWeakrefs) {
        boolean dict = baseHasDict;
        boolean weakref = baseHasWeakrefs;
        for (String slot : slots) {
            if (slot.equals("__dict__")) {
                if (dict) {
                    throw PythonErrors.typeError("__dict__ slot disallowed: we already got one");
                }
                dict = true;
            } else if (slot.equals("__weakref__")) {
                if (weakref) {
                    throw PythonErrors.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                weakref = true;
            }
        }
    }

    private static String[] slotsOf(PDict namespace) {
        Object slots = namespace.getString("__slots__");
        if (slots == null) {
            return null;
        }
        if (slots instanceof String str) {
            return new String[]{str};
        }
        List<String> names = new ArrayList<>();
        Object it = PyObjectIter.getIter(slots);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            String str = StrArgs.value(v);
            if (str == null) {
                throw PythonErrors.typeError("__slots__ items must be strings, not '%s'", PyObjectGetClass.typeName(v));
            }
            if (!str.isEmpty() && !Character.isJavaIdentifierStart(str.codePointAt(0))) {
                throw PythonErrors.typeError("__slots__ must be identifiers");
            }
            names.add(str);
        }
        return names.toArray(new String[0]);
    }

    /** The builtin layout all bases agree on (e.g. list for a list subclass); error on conflicts. */
    private static BuiltinType solidLayout(PythonClass[] bases) {
        BuiltinType best = BuiltinType.OBJECT;
        BuiltinType bestFamily = BuiltinType.OBJECT;
        for (PythonClass b : bases) {
            BuiltinType l = b.getLayout();
            BuiltinType f = family(l);
            if (bestFamily.isSubtypeOf(f)) {
                continue;
            }
            if (f.isSubtypeOf(bestFamily)) {
                best = l;
                bestFamily = f;
            } else {
                throw PythonErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /**
     * Types whose instances have the same C layout in CPython: most exceptions share
     * BaseException's; only those with extra fields differ.
     */
    private static BuiltinType family(BuiltinType t) {
        if ((t.flags & BuiltinType.Flags.NO_LAYOUT) != 0) {
            return BuiltinType.OBJECT;
        }
        if (!t.isException()) {
            return t;
        }
        for (BuiltinType x = t; x != null; x = x.base) {
            switch (x) {
                case OS_ERROR, SYNTAX_ERROR, IMPORT_ERROR, STOP_ITERATION, SYSTEM_EXIT, UNICODE_ERROR, ATTRIBUTE_ERROR, NAME_ERROR, BASE_EXCEPTION_GROUP, BASE_EXCEPTION:
                    return x;
                default:
                    break;
            }
        }
        return BuiltinType.BASE_EXCEPTION;
    }

    /** Private name mangling for slot names. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** The most derived metaclass of meta and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(PythonClass meta, PTuple bases) {
        PythonClass winner = meta;
        for (Object b : bases.items()) {
            PythonClass t = PyObjectGetClass.get(b);
            if (winner.isSubclassOf(t)) {
                continue;
            }
            if (t.isSubclassOf(winner)) {
                winner = t;
                continue;
            }
            throw PythonErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
