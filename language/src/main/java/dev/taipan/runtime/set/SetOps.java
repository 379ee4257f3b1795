package dev.taipan.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.dict.DictStorage;

/** The set algebra of set and frozenset, on storages (operands may be any iterable). */
public final class SetOps {
    private SetOps() {
    }

    /** The elements of a set, a dict's keys, or any iterable, as a storage (shared for sets: do not mutate). */
    @TruffleBoundary
    public static SetStorage storageOf(Object iterable) {
        if (iterable instanceof PSet s) {
            return s.storage();
        }
        SetStorage out = new SetStorage();
        addAll(out, iterable);
        return out;
    }

    /** set_update_internal: adds the elements of any iterable. */
    @TruffleBoundary
    public static void addAll(SetStorage target, Object iterable) {
        if (iterable instanceof PSet s) {
            target.addAll(s.storage());
            return;
        }
        if (iterable instanceof PDict d && d.getExplicitClass() == null) {
            DictStorage ds = d.storage();
            target.reserveForDict(ds.size());
            for (int p = ds.next(-1); p >= 0; p = ds.next(p)) {
                target.add(ds.keyAt(p), ds.hashAt(p));
            }
            return;
        }
        Object it = PyObjectIter.getIter(iterable);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            target.add(v);
        }
    }

    @TruffleBoundary
    public static SetStorage union(SetStorage a, Object other) {
        SetStorage out = a.copy();
        addAll(out, other);
        return out;
    }

    /** Elements of a that are also in other, in the order CPython adds them (the smaller set, or the iterable, drives). */
    @TruffleBoundary
    public static SetStorage intersection(SetStorage a, Object other) {
        SetStorage out = new SetStorage();
        if (other instanceof PSet os) {
            SetStorage b = os.storage();
            SetStorage small = b.size() > a.size() ? a : b;
            SetStorage large = small == a ? b : a;
            for (int p = small.next(-1); p >= 0; p = small.next(p)) {
                Object k = small.keyAt(p);
                long h = small.hashAt(p);
                if (large.contains(k, h)) {
                    out.add(k, h);
                }
            }
            return out;
        }
        Object it = PyObjectIter.getIter(other);
        for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
            long h = dev.taipan.runtime.abstractops.PyObjectHash.executeUncached(v);
            if (a.contains(v, h)) {
                out.add(v, h);
            }
        }
        return out;
    }

    @TruffleBoundary
    public static SetStorage difference(SetStorage a, Object other) {
        SetStorage b = storageOf(other);
        SetStorage out = new SetStorage();
        for (int p = a.next(-1); p >= 0; p = a.next(p)) {
            Object k = a.keyAt(p);
            long h = a.hashAt(p);
            if (!b.contains(k, h)) {
                out.add(k, h);
            }
        }
        return out;
    }

    @TruffleBoundary
    public static SetStorage symmetricDifference(SetStorage a, Object other) {
        SetStorage b = storageOf(other);
        SetStorage out = a.copy();
        for (int p = b.next(-1); p >= 0; p = b.next(p)) {
            Object k = b.keyAt(p);
            long h = b.hashAt(p);
            if (!out.discard(k, h)) {
                out.add(k, h);
            }
        }
        return out;
    }

    @TruffleBoundary
    public static boolean isSubset(SetStorage a, SetStorage b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int p = a.next(-1); p >= 0; p = a.next(p)) {
            if (!b.contains(a.keyAt(p), a.hashAt(p))) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isDisjoint(SetStorage a, Object other) {
        SetStorage b = storageOf(other);
        SetStorage small = a.size() <= b.size() ? a : b;
        SetStorage large = small == a ? b : a;
        for (int p = small.next(-1); p >= 0; p = small.next(p)) {
            if (large.contains(small.keyAt(p), small.hashAt(p))) {
                return false;
            }
        }
        return true;
    }
}
