package dev.taipan.runtime.abc;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.set.PSet;
import dev.taipan.runtime.set.SetStorage;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The algorithms behind {@code abc.ABCMeta} (CPython's {@code _abc} module): abstract-method
 * bookkeeping, virtual-subclass registration and the cached {@code isinstance}/{@code issubclass}
 * checks.
 */
public final class AbcMachinery {
    private AbcMachinery() {
    }

    /** Bumped by every register(); a negative cache entry is valid only for the version it saw. */
    private static final AtomicLong INVALIDATION_COUNTER = new AtomicLong();

    /** The {@code __abc_tpflags__} bits ABCs may push onto classes (sequence/mapping for match). */
    private static final long COLLECTION_FLAGS = BuiltinType.Flags.SEQUENCE | BuiltinType.Flags.MAPPING;

    public static long cacheToken() {
        return INVALIDATION_COUNTER.get();
    }

    /** {@code _abc_init(cls)}: computes {@code __abstractmethods__} and creates {@code _abc_impl}. */
    @TruffleBoundary
    public static void init(Object self) {
        SetStorage abstracts = new SetStorage();
        PythonClass cls = self instanceof PythonClass c ? c : null;
        // names defined abstract in this class's namespace
        Object ns = GenericAttributes.getAttribute(self, "__dict__");
        Object items = CallDispatch.call(GenericAttributes.getAttribute(ns, "items"));
        Object it = PyObjectIter.getIter(items);
        for (Object pair = PyObjectIter.next(it); pair != null; pair = PyObjectIter.next(it)) {
            Object[] kv = ((PTuple) pair).items();
            if (isAbstract(kv[1])) {
                abstracts.add(kv[0]);
            }
        }
        // inherited abstract names still not overridden
        Object bases = GenericAttributes.getAttribute(self, "__bases__");
        if (!(bases instanceof PTuple basesTuple)) {
            throw PythonErrors.typeError("__bases__ is not tuple");
        }
        for (Object base : basesTuple.items()) {
            Object baseAbstracts = GenericAttributes.lookupAttribute(base, "__abstractmethods__");
            if (baseAbstracts == null) {
                continue;
            }
            Object names = PyObjectIter.getIter(baseAbstracts);
            for (Object name = PyObjectIter.next(names); name != null; name = PyObjectIter.next(names)) {
                if (!(name instanceof String s)) {
                    continue;
                }
                Object value = GenericAttributes.lookupAttribute(self, s);
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        GenericAttributes.setAttribute(self, "__abstractmethods__", new PSet(abstracts, true));
        GenericAttributes.setAttribute(self, "_abc_impl", newData());
        if (cls != null) {
            applyTpFlags(cls);
        }
    }

    private static PAbcData newData() {
        return new PAbcData(TaipanContext.get(null).getBuiltinClass(BuiltinType.ABC_DATA), INVALIDATION_COUNTER.get());
    }

    /** A namespace's {@code __abc_tpflags__} sets the sequence/mapping flag and is removed. */
    private static void applyTpFlags(PythonClass cls) {
        Object flags = cls.getOwnAttribute("__abc_tpflags__");
        if (flags == null) {
            return;
        }
        if (flags instanceof Long l) {
            cls.setFlags((int) ((cls.getFlags() & ~COLLECTION_FLAGS) | (l & COLLECTION_FLAGS)));
        }
        cls.removeOwnAttribute("__abc_tpflags__");
    }

    private static boolean isAbstract(Object value) {
        Object flag = GenericAttributes.lookupAttribute(value, "__isabstractmethod__");
        return flag != null && PyObjectIsTrue.execute(flag);
    }

    private static PAbcData dataOf(Object cls) {
        Object impl = GenericAttributes.lookupAttribute(cls, "_abc_impl");
        if (impl instanceof PAbcData d) {
            return d;
        }
        throw PythonErrors.typeError("_abc_impl is set to a wrong type");
    }

    /** {@code _abc_register(cls, subclass)}. */
    @TruffleBoundary
    public static Object register(Object cls, Object subclass) {
        if (!(subclass instanceof PythonClass sub)) {
            throw PythonErrors.typeError("Can only register classes");
        }
        if (PyObjectIsInstance.isSubclass(subclass, cls)) {
            return subclass; // already a subclass
        }
        // subtle: issubclass(cls, subclass) may itself consult registries, so it comes second
        if (PyObjectIsInstance.isSubclass(cls, subclass)) {
            throw PythonErrors.runtimeError("Refusing to create an inheritance cycle");
        }
        dataOf(cls).registry.add(sub);
        INVALIDATION_COUNTER.incrementAndGet();
        if (cls instanceof PythonClass c && (c.getFlags() & COLLECTION_FLAGS) != 0) {
            setCollectionFlagRecursive(sub, c.getFlags() & COLLECTION_FLAGS);
        }
        return subclass;
    }

    private static void setCollectionFlagRecursive(PythonClass cls, long flag) {
        if (cls.isBuiltin() || (cls.getFlags() & COLLECTION_FLAGS) != 0) {
            return;
        }
        cls.setFlags((int) (cls.getFlags() | flag));
        for (PythonClass sub : cls.getSubclasses()) {
            setCollectionFlagRecursive(sub, flag);
        }
    }

    /** {@code _abc_instancecheck(cls, instance)}. */
    @TruffleBoundary
    public static boolean instanceCheck(Object cls, Object instance) {
        PAbcData data = dataOf(cls);
        Object subclass = GenericAttributes.lookupAttribute(instance, "__class__");
        if (subclass instanceof PythonClass sc && data.cache.contains(sc)) {
            return true;
        }
        PythonClass subtype = PyObjectGetClass.get(instance);
        if (subtype == subclass) {
            if (data.negativeCacheVersion == INVALIDATION_COUNTER.get() && data.negativeCache.contains(subtype)) {
                return false;
            }
            return callSubclassCheck(cls, subclass);
        }
        return callSubclassCheck(cls, subclass) || callSubclassCheck(cls, subtype);
    }

    private static boolean callSubclassCheck(Object cls, Object subclass) {
        Object method = GenericAttributes.getAttribute(cls, "__subclasscheck__");
        return PyObjectIsTrue.execute(CallDispatch.call(method, subclass));
    }

    /** {@code _abc_subclasscheck(cls, subclass)}. */
    @TruffleBoundary
    public static boolean subclassCheck(Object cls, Object subclass) {
        if (!(subclass instanceof PythonClass sub)) {
            throw PythonErrors.typeError("issubclass() arg 1 must be a class");
        }
        PAbcData data = dataOf(cls);
        if (data.cache.contains(sub)) {
            return true;
        }
        long version = INVALIDATION_COUNTER.get();
        if (data.negativeCacheVersion < version) {
            data.negativeCache.clear();
            data.negativeCacheVersion = version;
        } else if (data.negativeCache.contains(sub)) {
            return false;
        }
        // 1. the subclass hook decides if it gives an answer
        Object hook = GenericAttributes.getAttribute(cls, "__subclasshook__");
        Object ok = CallDispatch.call(hook, subclass);
        if (ok != PNotImplemented.INSTANCE) {
            boolean result = PyObjectIsTrue.execute(ok);
            (result ? data.cache : data.negativeCache).add(sub);
            return result;
        }
        // 2. a real subclass
        for (PythonClass m : sub.getMro()) {
            if (m == cls) {
                data.cache.add(sub);
                return true;
            }
        }
        // 3. a subclass of a registered virtual subclass
        for (PythonClass r : new ArrayList<>(data.registry)) {
            if (PyObjectIsInstance.isSubclass(subclass, r)) {
                data.cache.add(sub);
                return true;
            }
        }
        // 4. a subclass of a subclass (recursively, through their own checks)
        Object subclasses = CallDispatch.call(GenericAttributes.getAttribute(cls, "__subclasses__"));
        Object it = PyObjectIter.getIter(subclasses);
        for (Object s = PyObjectIter.next(it); s != null; s = PyObjectIter.next(it)) {
            if (PyObjectIsInstance.isSubclass(subclass, s)) {
                data.cache.add(sub);
                return true;
            }
        }
        data.negativeCache.add(sub);
        return false;
    }

    /** {@code _get_dump(cls)}: (registry, cache, negative cache, negative cache version). */
    @TruffleBoundary
    public static PTuple dump(Object cls) {
        PAbcData data = dataOf(cls);
        return new PTuple(new Object[]{setOf(data.registry), setOf(data.cache), setOf(data.negativeCache), data.negativeCacheVersion});
    }

    private static PSet setOf(java.util.Set<PythonClass> classes) {
        SetStorage s = new SetStorage();
        for (PythonClass c : new ArrayList<>(classes)) {
            s.add(dev.taipan.runtime.objects.WeakRefs.create(null, c, null, dev.taipan.runtime.objects.PWeakRef.Kind.REF));
        }
        return new PSet(s, false);
    }

    @TruffleBoundary
    public static void resetRegistry(Object cls) {
        dataOf(cls).registry.clear();
    }

    @TruffleBoundary
    public static void resetCaches(Object cls) {
        PAbcData data = dataOf(cls);
        data.cache.clear();
        data.negativeCache.clear();
    }
}
