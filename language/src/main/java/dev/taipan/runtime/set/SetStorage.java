package dev.taipan.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;

/**
 * The hash table of set and frozenset, laid out like CPython's setobject.c (open addressing
 * with a run of linear probes, then perturbed probing; same growth policy), so that iterating
 * and printing a set of numbers or tuples gives CPython's order.
 */
public final class SetStorage {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry (CPython's dummy: key dummy, hash -1). */
    private static final Object DUMMY = new Object();
    /** Where set.pop() resumes its scan. */
    private int finger;

    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Active + dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;

    public SetStorage() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
    }

    public int size() {
        return used;
    }

    public int capacity() {
        return mask + 1;
    }

    private static boolean isActive(Object k) {
        return k != null && k != DUMMY;
    }

    private static boolean keysEqual(Object stored, Object key) {
        if (stored == key) {
            return true;
        }
        if (stored instanceof String a && key instanceof String b) {
            return a.equals(b);
        }
        if (stored instanceof Long a && key instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        return PyObjectRichCompareBool.eqUncached(stored, key);
    }

    @TruffleBoundary
    public boolean add(Object key) {
        return add(key, PyObjectHash.executeUncached(key));
    }

    /** Adds key; returns false if it was already present. */
    @TruffleBoundary
    public boolean add(Object key, long hash) {
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            return false;
        }
        int j = ~slot;
        boolean unused = keys[j] == null;   // else the key reuses a deleted entry
        used++;
        keys[j] = key;
        hashes[j] = hash;
        if (unused) {
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
        return true;
    }

    /** Table index of key, or -1. */
    private int find(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot >= 0 ? slot : -1;
    }

    /**
     * Table index of key, or the complement (~j) of where it would go: the last deleted entry on
     * its probe sequence, else the empty one that ended it (CPython's set_add_entry).
     */
    @TruffleBoundary
    private int findSlot(Object key, long hash) {
        restart: while (true) {
            int freeslot = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = keys[j];
                    if (k == null) {
                        return ~(freeslot >= 0 ? freeslot : j);
                    }
                    if (k == DUMMY) {
                        freeslot = j;
                    } else if (hashes[j] == hash) {
                        Object[] table = keys;
                        boolean equal = keysEqual(k, key);
                        if (keys != table || table[j] != k) {
                            continue restart;   // __eq__ changed the set: look again, as CPython does
                        }
                        if (equal) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        return find(key, PyObjectHash.executeUncached(key)) >= 0;
    }

    public boolean contains(Object key, long hash) {
        return find(key, hash) >= 0;
    }

    /** Removes key; returns whether it was present. */
    @TruffleBoundary
    public boolean discard(Object key) {
        return discard(key, PyObjectHash.executeUncached(key));
    }

    public boolean discard(Object key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (isActive(oldKeys[j])) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
        fill = used;
    }

    /** Inserts a key known to be absent into a table without dummies (CPython's set_insert_clean). */
    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_merge: adds every element of other, keeping CPython's table layout. */
    @TruffleBoundary
    public void addAll(SetStorage other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= mask; j++) {
                if (isActive(other.keys[j])) {
                    keys[j] = other.keys[j];
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j <= other.mask; j++) {
                if (isActive(other.keys[j])) {
                    insertClean(other.keys[j], other.hashes[j]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            if (isActive(other.keys[j])) {
                add(other.keys[j], other.hashes[j]);
            }
        }
    }

    /** Pre-sizes for adding n more elements from a dict (as set_update_internal does). */
    public void reserveForDict(int n) {
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((used + n) * 2);
        }
    }

    public SetStorage copy() {
        SetStorage s = new SetStorage();
        s.addAll(this);
        return s;
    }

    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The next active table index after pos (-1 to start), or -1. */
    public int next(int pos) {
        for (int j = pos + 1; j <= mask; j++) {
            if (isActive(keys[j])) {
                return j;
            }
        }
        return -1;
    }

    public Object keyAt(int pos) {
        return keys[pos];
    }

    public long hashAt(int pos) {
        return hashes[pos];
    }

    /** The elements in table (iteration) order. */
    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int j = 0; j <= mask; j++) {
            if (isActive(keys[j])) {
                out[n++] = keys[j];
            }
        }
        return out;
    }

    /** set.pop(): like CPython, scans on from where the previous pop stopped; null if empty. */
    public Object popFirst() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (!isActive(keys[j])) {
            j = (j + 1) & mask;
        }
        Object k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return k;
    }

    /** CPython's frozenset hash. */
    public long frozensetHash() {
        long hash = 0;
        for (int j = 0; j <= mask; j++) {
            long h = keys[j] == null ? 0 : (keys[j] == DUMMY ? -1 : hashes[j]);
            hash ^= shuffleBits(h);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
