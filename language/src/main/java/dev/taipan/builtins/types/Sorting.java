package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * list.sort / sorted: a stable merge sort that, like CPython's, asks only {@code a < b}, once
 * per comparison (a Java Comparator would need both directions); keys are computed once per
 * element; reverse keeps stability. Keys of the common types (int, float, str and exact tuples
 * of them) are compared without a rich comparison.
 */
public final class Sorting {
    /** Runs this short are sorted by binary insertion before merging. */
    private static final int MIN_RUN = 32;

    private Sorting() {
    }

    @TruffleBoundary
    public static void sort(PList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        // during the sort the list looks empty, as in CPython; any change replaces this array
        Object[] duringSort = new Object[0];
        list.setContents(duringSort, 0);
        try {
            Object[] keys = items;
            if (key != PNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = CallDispatch.call(key, items[i]);
                }
            }
            // reverse=True: reverse, sort ascending, reverse again (keeps equal keys in input order)
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = reverse ? n - 1 - i : i;
            }
            mergeSort(order, keys);
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[reverse ? n - 1 - i : i] = items[order[i]];
            }
            items = out;
        } finally {
            if (list.size() != 0 || list.rawItems() != duringSort) {
                list.setContents(items, items.length);
                throw PythonErrors.valueError("list modified during sort");
            }
            list.setContents(items, items.length);
        }
    }

    /** Sorts the indices in {@code order} by their keys, stably. */
    private static void mergeSort(int[] order, Object[] keys) {
        int n = order.length;
        if (isSortedOrReversible(order, keys)) {
            return;
        }
        for (int lo = 0; lo < n; lo += MIN_RUN) {
            insertionSort(order, keys, lo, Math.min(n, lo + MIN_RUN));
        }
        int[] buffer = new int[n];
        for (int width = MIN_RUN; width < n; width *= 2) {
            for (int lo = 0; lo + width < n; lo += 2 * width) {
                merge(order, buffer, keys, lo, lo + width, Math.min(n, lo + 2 * width));
            }
        }
    }

    /**
     * Input that is already in order, or strictly descending (reversed in place, which keeps it
     * stable), is done in n - 1 comparisons, like CPython's run detection.
     */
    private static boolean isSortedOrReversible(int[] order, Object[] keys) {
        int n = order.length;
        int i = 1;
        while (i < n && !lessThan(keys[order[i]], keys[order[i - 1]])) {
            i++;
        }
        if (i == n) {
            return true;
        }
        if (i > 1) {
            return false;
        }
        while (i < n && lessThan(keys[order[i]], keys[order[i - 1]])) {
            i++;
        }
        if (i < n) {
            return false;
        }
        for (int lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
            int t = order[lo];
            order[lo] = order[hi];
            order[hi] = t;
        }
        return true;
    }

    private static void insertionSort(int[] order, Object[] keys, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int x = order[i];
            // binary search for the first position whose key is greater than x's (stable)
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lessThan(keys[x], keys[order[mid]])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(order, left, order, left + 1, i - left);
            order[left] = x;
        }
    }

    /** Merges the sorted runs [lo, mid) and [mid, hi); the right one goes first only if strictly less. */
    private static void merge(int[] order, int[] buffer, Object[] keys, int lo, int mid, int hi) {
        if (!lessThan(keys[order[mid]], keys[order[mid - 1]])) {
            return; // already in order
        }
        System.arraycopy(order, lo, buffer, lo, mid - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lessThan(keys[order[j]], keys[buffer[i]])) {
                order[k++] = order[j++];
            } else {
                order[k++] = buffer[i++];
            }
        }
        System.arraycopy(buffer, i, order, k, mid - i);
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return PyObjectRichCompare.compareStrings(x, y) < 0;
        }
        if (a instanceof PTuple x && b instanceof PTuple y && x.getExplicitClass() == null && y.getExplicitClass() == null) {
            return tupleLessThan(x.items(), y.items());
        }
        return PyObjectIsTrue.execute(PyObjectRichCompare.compare(a, b, CompareOp.LT));
    }

    /** Tuple order: the first items that differ decide, else the shorter tuple is less. */
    private static boolean tupleLessThan(Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            // ints and strs (most sort keys): one comparison decides both "equal?" and "less?"
            if (x[i] instanceof Long a && y[i] instanceof Long b) {
                if (a.longValue() != b.longValue()) {
                    return a < b;
                }
            } else if (x[i] instanceof String a && y[i] instanceof String b) {
                int c = PyObjectRichCompare.compareStrings(a, b);
                if (c != 0) {
                    return c < 0;
                }
            } else if (!PyObjectRichCompareBool.eqUncached(x[i], y[i])) {
                return lessThan(x[i], y[i]);
            }
        }
        return x.length < y.length;
    }
}
