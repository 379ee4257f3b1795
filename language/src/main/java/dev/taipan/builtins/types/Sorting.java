package dev.taipan.builtins.types;

import java.util.Arrays;
import java.util.Comparator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;

/**
 * list.sort / sorted: a stable merge sort (Java's TimSort, like CPython's) that compares with
 * {@code <} only; keys are computed once per element; reverse keeps stability.
 */
public final class Sorting {
    private Sorting() {
    }

    @TruffleBoundary
    public static void sort(PList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        // during the sort the list looks empty, as in CPython
        list.setContents(new Object[0], 0);
        try {
            Object[] keys = items;
            if (key != PNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = CallDispatch.call(key, items[i]);
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = reverse ? n - 1 - i : i;
            }
            final Object[] k = keys;
            Comparator<Integer> cmp = (a, b) -> {
                if (lessThan(k[a], k[b])) {
                    return -1;
                }
                if (lessThan(k[b], k[a])) {
                    return 1;
                }
                return 0;
            };
            try {
                Arrays.sort(order, cmp);
            } catch (IllegalArgumentException e) {
                // inconsistent __lt__: keep whatever order the sort reached
            }
            // reverse=True: reverse, sort ascending, reverse again (keeps equal keys in input order)
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[reverse ? n - 1 - i : i] = items[order[i]];
            }
            items = out;
        } finally {
            if (list.size() != 0) {
                list.setContents(items, items.length);
                throw PythonErrors.valueError("list modified during sort");
            }
            list.setContents(items, items.length);
        }
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
        return PyObjectIsTrue.execute(PyObjectRichCompare.compare(a, b, CompareOp.LT));
    }
}
