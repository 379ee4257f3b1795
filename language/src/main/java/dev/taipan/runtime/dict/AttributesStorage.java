package dev.taipan.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;

/**
 * A dict whose entries are the attributes of an object, stored in its Truffle shape: what
 * {@code obj.__dict__}, {@code vars(module)} and module globals are. Reading and writing through
 * the dict and through attribute access see the same data. Only keys that are not
 * {@link HiddenKey}s are visible; insertion order is the shape's property order.
 */
public final class AttributesStorage extends DictStorage {
    private final DynamicObject owner;

    public AttributesStorage(DynamicObject owner) {
        this.owner = owner;
    }

    public DynamicObject owner() {
        return owner;
    }

    private static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    /** The visible keys of {@link #keysShape}: iterating asks for them at every step. */
    private Object[] keys;
    private Shape keysShape;
    /** Shape flag: the object has (or had) a key that is not a str, set only through its dict. */
    private static final int NON_STR_KEYS = 1;

    @TruffleBoundary
    private Object[] visibleKeys() {
        Shape shape = owner.getShape();
        if (shape != keysShape) {
            keys = computeVisibleKeys();
            keysShape = shape;
        }
        return keys;
    }

    private Object[] computeVisibleKeys() {
        Object[] all = lib().getKeyArray(owner);
        int n = 0;
        for (Object k : all) {
            if (!(k instanceof HiddenKey)) {
                n++;
            }
        }
        if (n == all.length) {
            return all;
        }
        Object[] keys = new Object[n];
        n = 0;
        for (Object k : all) {
            if (!(k instanceof HiddenKey)) {
                keys[n++] = k;
            }
        }
        return keys;
    }

    @Override
    @TruffleBoundary
    public int size() {
        return visibleKeys().length;
    }

    @Override
    public int modificationCount() {
        return System.identityHashCode(owner.getShape());
    }

    /**
     * The stored key equal to {@code key}, or null. A str is its own stored key unless the object
     * also has non-str keys (only through its dict), which are matched as a dict does: equal hash,
     * then {@code __eq__}.
     */
    @TruffleBoundary
    private Object storedKey(Object key, long hash) {
        if (key instanceof String && ((lib().getShapeFlags(owner) & NON_STR_KEYS) == 0 || lib().containsKey(owner, key))) {
            return key;
        }
        for (Object k : visibleKeys()) {
            if (k == key || (!(k instanceof String && key instanceof String) && PyObjectHash.executeUncached(k) == hash && PyObjectRichCompareBool.eqUncached(k, key))) {
                return k;
            }
        }
        return null;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key, long hash) {
        Object k = storedKey(key, hash);
        return k == null ? null : lib().getOrDefault(owner, k, null);
    }

    @Override
    @TruffleBoundary
    public DictStorage put(Object key, long hash, Object value) {
        Object k = storedKey(key, hash);
        if (k == null && !(key instanceof String)) {
            lib().setShapeFlags(owner, lib().getShapeFlags(owner) | NON_STR_KEYS);
        }
        lib().put(owner, k == null ? key : k, value);
        return this;
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key, long hash) {
        Object k = storedKey(key, hash);
        if (k == null) {
            return null;
        }
        Object old = lib().getOrDefault(owner, k, null);
        if (old != null) {
            lib().removeKey(owner, k);
        }
        return old;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        for (Object k : visibleKeys()) {
            lib().removeKey(owner, k);
        }
    }

    @Override
    @TruffleBoundary
    public int next(int pos) {
        int n = visibleKeys().length;
        return pos + 1 < n ? pos + 1 : -1;
    }

    @Override
    @TruffleBoundary
    public Object keyAt(int pos) {
        return visibleKeys()[pos];
    }

    @Override
    @TruffleBoundary
    public Object valueAt(int pos) {
        return lib().getOrDefault(owner, visibleKeys()[pos], null);
    }

    @Override
    public long hashAt(int pos) {
        return PyObjectHash.executeUncached(keyAt(pos));
    }
}
