package dev.taipan.runtime.dict;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;

/**
 * CPython's compact dict layout: entries are appended to parallel arrays in insertion order and
 * an open-addressing index table (probing with the perturbation scheme) points into them.
 * Deleted entries leave holes that a resize squeezes out.
 */
public final class HashTable extends DictStorage {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries in use. */
    private int used;
    /** Entries appended so far (live + holes). */
    private int filled;
    private int modCount;

    public HashTable() {
        this(0);
    }

    public HashTable(int expected) {
        int n = MIN_SIZE;
        while (n * 2 < expected * 3) {
            n <<= 1;
        }
        allocate(n);
    }

    private void allocate(int tableSize) {
        indices = new int[tableSize];
        Arrays.fill(indices, EMPTY);
        int cap = usable(tableSize);
        hashes = new long[cap];
        keys = new Object[cap];
        values = new Object[cap];
        used = 0;
        filled = 0;
    }

    private static int usable(int tableSize) {
        return tableSize * 2 / 3;
    }

    @Override
    public int size() {
        return used;
    }

    @Override
    public int modificationCount() {
        return modCount;
    }

    private static boolean fastEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return false;
    }

    private static boolean isSimpleKey(Object o) {
        return o instanceof String || o instanceof Long;
    }

    @TruffleBoundary
    private static boolean slowEquals(Object stored, Object key) {
        return PyObjectRichCompareBool.eqUncached(stored, key);
    }

    /** Position in {@code indices} holding key, or the complement (~slot) of the first free slot. */
    private int findSlot(Object key, long hash) {
        restart: while (true) {
            int[] table = indices;
            int mask = table.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int firstDummy = -1;
            while (true) {
                int ix = table[i];
                if (ix == EMPTY) {
                    return ~(firstDummy >= 0 ? firstDummy : i);
                }
                if (ix == DUMMY) {
                    if (firstDummy < 0) {
                        firstDummy = i;
                    }
                } else if (hashes[ix] == hash) {
                    Object k = keys[ix];
                    if (fastEquals(k, key)) {
                        return i;
                    }
                    if (!(isSimpleKey(k) && isSimpleKey(key) && k.getClass() == key.getClass())) {
                        boolean equal = slowEquals(k, key);
                        if (indices != table || keys[ix] != k) {
                            continue restart;   // __eq__ changed the dict: look again, as CPython does
                        }
                        if (equal) {
                            return i;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    @Override
    public Object get(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot >= 0 ? values[indices[slot]] : null;
    }

    /** Position of key in insertion order (for views), or -1. */
    public int positionOf(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot >= 0 ? indices[slot] : -1;
    }

    @Override
    public DictStorage put(Object key, long hash, Object value) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            values[indices[slot]] = value;
        } else {
            insert(~slot, key, hash, value);
        }
        return this;
    }

    /** The value stored for key, or null after storing {@code value} for it: dict.setdefault's one lookup. */
    public Object putIfAbsent(Object key, long hash, Object value) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            return values[indices[slot]];
        }
        insert(~slot, key, hash, value);
        return null;
    }

    /** Adds a key known to be absent at the free slot a lookup found (no __eq__ runs again). */
    private void insert(int freeSlot, Object key, long hash, Object value) {
        int slot = freeSlot;
        if (filled == keys.length) {
            resize(used + 1);
            slot = emptySlot(hash);
        }
        int ix = filled++;
        hashes[ix] = hash;
        keys[ix] = key;
        values[ix] = value;
        indices[slot] = ix;
        used++;
        modCount++;
    }

    /** The first empty slot on hash's probe path (a freshly resized table has no dummies). */
    private int emptySlot(long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] != EMPTY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    @Override
    public Object remove(Object key, long hash) {
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return null;
        }
        int ix = indices[slot];
        Object old = values[ix];
        indices[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        used--;
        modCount++;
        return old;
    }

    /** Removes and returns the last entry as {key, value}, or null when empty (dict.popitem). */
    public Object[] popLast() {
        for (int ix = filled - 1; ix >= 0; ix--) {
            if (keys[ix] != null) {
                Object[] kv = {keys[ix], values[ix]};
                remove(keys[ix], hashes[ix]);
                filled = ix;
                return kv;
            }
        }
        return null;
    }

    private void resize(int minUsed) {
        int n = MIN_SIZE;
        while (usable(n) < minUsed * 2 + 1) {
            n <<= 1;
        }
        long[] oh = hashes;
        Object[] ok = keys;
        Object[] ov = values;
        int of = filled;
        allocate(n);
        for (int j = 0; j < of; j++) {
            if (ok[j] != null) {
                long h = oh[j];
                int i = emptySlot(h);
                int ix = filled++;
                hashes[ix] = h;
                keys[ix] = ok[j];
                values[ix] = ov[j];
                indices[i] = ix;
                used++;
            }
        }
    }

    @Override
    public void clear() {
        allocate(MIN_SIZE);
        modCount++;
    }

    @Override
    public int next(int pos) {
        for (int i = pos + 1; i < filled; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object keyAt(int pos) {
        return keys[pos];
    }

    @Override
    public Object valueAt(int pos) {
        return values[pos];
    }

    /** Replaces the value at a live position (iteration-safe update). */
    public void setValueAt(int pos, Object value) {
        values[pos] = value;
    }

    @Override
    public long hashAt(int pos) {
        return hashes[pos];
    }
}
