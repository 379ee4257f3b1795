package dev.taipan.runtime.abc;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code _abc._abc_data}: the per-ABC state kept in {@code cls._abc_impl} — the registry of
 * virtual subclasses and the positive/negative subclass-check caches. All three hold classes
 * weakly, like CPython's WeakSets, so registering a class never keeps it alive.
 */
public final class PAbcData extends PythonObject {
    final Set<PythonClass> registry = weakSet();
    final Set<PythonClass> cache = weakSet();
    final Set<PythonClass> negativeCache = weakSet();
    /** The global invalidation counter when the negative cache was last valid. */
    long negativeCacheVersion;

    public PAbcData(PythonClass cls, long version) {
        super(cls);
        this.negativeCacheVersion = version;
    }

    private static Set<PythonClass> weakSet() {
        return Collections.newSetFromMap(new WeakHashMap<>());
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ABC_DATA;
    }
}
