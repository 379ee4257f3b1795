package dev.taipan.runtime.dict;

/**
 * The entries of a dict, in insertion order. Two kinds: {@link HashTable} (general) and
 * {@link AttributesStorage} (a view on an object's shape-based attributes, for
 * {@code obj.__dict__} and module globals).
 *
 * <p>
 * Iteration is by position: {@code for (int i = s.next(-1); i >= 0; i = s.next(i))}, reading
 * {@link #keyAt}/{@link #valueAt}. Hash values are Python hashes (see PyObjectHash); {@code eq}
 * runs Python {@code __eq__} only when identity and the fast paths fail.
 */
public abstract class DictStorage {
    public abstract int size();

    /** The value for key, or null. */
    public abstract Object get(Object key, long hash);

    /**
     * Stores key → value. Returns the storage to use from now on: itself, or a replacement
     * (AttributesStorage turns into a HashTable on a non-str key).
     */
    public abstract DictStorage put(Object key, long hash, Object value);

    /** Removes key; returns the old value or null. */
    public abstract Object remove(Object key, long hash);

    public abstract void clear();

    /** The next live position after {@code pos} (-1 to start), or -1 at the end. */
    public abstract int next(int pos);

    public abstract Object keyAt(int pos);

    public abstract Object valueAt(int pos);

    /** Python hash of the key at pos (recomputed if the storage does not keep it). */
    public abstract long hashAt(int pos);

    /**
     * The (key, value) pairs in insertion order, taken at once: for callers that run Python code
     * per pair (which may change the dict).
     */
    public Object[][] items() {
        Object[][] pairs = new Object[size()][];
        int n = 0;
        for (int i = next(-1); i >= 0; i = next(i)) {
            pairs[n++] = new Object[]{keyAt(i), valueAt(i)};
        }
        return pairs;
    }

    /** An independent copy as a HashTable. */
    public HashTable copy() {
        HashTable t = new HashTable(size());
        for (int i = next(-1); i >= 0; i = next(i)) {
            t.put(keyAt(i), hashAt(i), valueAt(i));
        }
        return t;
    }

    /**
     * A counter that changes whenever keys are added or removed; iterators use it to raise
     * "dictionary changed size during iteration" / "keys changed".
     */
    public abstract int modificationCount();
}
