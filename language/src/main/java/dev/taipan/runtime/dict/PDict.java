package dev.taipan.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code dict}: insertion-ordered, Python hash/eq semantics, over a {@link DictStorage}. */
public final class PDict extends PythonObject {
    private DictStorage storage;

    public PDict() {
        this.storage = new HashTable();
    }

    public PDict(PythonClass cls) {
        super(cls);
        this.storage = new HashTable();
    }

    public PDict(DictStorage storage) {
        this.storage = storage;
    }

    public DictStorage storage() {
        return storage;
    }

    public void setStorage(DictStorage storage) {
        this.storage = storage;
    }

    public int size() {
        return storage.size();
    }

    /** Lookup with a Python hash; null when absent. May run Python {@code __hash__}/{@code __eq__}. */
    @TruffleBoundary
    public Object getItem(Object key) {
        return storage.get(key, PyObjectHash.executeUncached(key));
    }

    /** {@link #getItem(Object)} with the key's hash already known. */
    @TruffleBoundary
    public Object getItem(Object key, long hash) {
        return storage.get(key, hash);
    }

    @TruffleBoundary
    public void setItem(Object key, long hash, Object value) {
        storage = storage.put(key, hash, value);
    }

    @TruffleBoundary
    public void setItem(Object key, Object value) {
        storage = storage.put(key, PyObjectHash.executeUncached(key), value);
    }

    /** The value for key, or null after storing {@code value} for it, with one lookup where it can. */
    @TruffleBoundary
    public Object setDefault(Object key, long hash, Object value) {
        if (storage instanceof HashTable t) {
            return t.putIfAbsent(key, hash, value);
        }
        Object v = storage.get(key, hash);
        if (v == null) {
            storage = storage.put(key, hash, value);
        }
        return v;
    }

    /** Removes key; returns the old value or null. */
    @TruffleBoundary
    public Object removeItem(Object key) {
        return storage.remove(key, PyObjectHash.executeUncached(key));
    }

    /** {@link #removeItem(Object)} with the key's hash already known. */
    @TruffleBoundary
    public Object removeItem(Object key, long hash) {
        return storage.remove(key, hash);
    }

    /** Fast path for str keys (globals, keyword arguments, class namespaces). */
    @TruffleBoundary
    public Object getString(String key) {
        return storage.get(key, PyObjectHash.hashString(key));
    }

    @TruffleBoundary
    public void setString(String key, Object value) {
        storage = storage.put(key, PyObjectHash.hashString(key), value);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.DICT;
    }
}
