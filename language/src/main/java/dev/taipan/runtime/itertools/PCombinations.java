package dev.taipan.runtime.itertools;

import dev.taipan.runtime.objects.PTuple;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code combinations}, {@code combinations_with_replacement} and {@code permutations}: r-length selections from a pool in lexicographic index order. */
public final class PCombinations extends PBuiltinIterator {
    public enum Kind {
        COMBINATIONS(BuiltinType.IT_COMBINATIONS),
        WITH_REPLACEMENT(BuiltinType.IT_COMBINATIONS_WITH_REPLACEMENT),
        PERMUTATIONS(BuiltinType.IT_PERMUTATIONS);

        final BuiltinType type;

        Kind(BuiltinType type) {
            this.type = type;
        }
    }

    private final Kind kind;
    private final Object[] pool;
    private final int r;
    private int[] indices;
    /** Permutations: the countdown of rotations left per position. */
    private int[] cycles;
    private boolean done;

    public PCombinations(PythonClass cls, Kind kind, Object[] pool, int r) {
        setPythonClass(cls);
        this.kind = kind;
        this.pool = pool;
        this.r = r;
        int n = pool.length;
        this.done = kind == Kind.WITH_REPLACEMENT ? (n == 0 && r > 0) : r > n;
    }

    @Override
    public Object next() {
        if (done) {
            return null;
        }
        int n = pool.length;
        if (indices == null) {
            start(n);
        } else if (!advance(n)) {
            done = true;
            return null;
        }
        Object[] out = new Object[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return new PTuple(out);
    }

    private void start(int n) {
        if (kind == Kind.PERMUTATIONS) {
            indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            cycles = new int[r];
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
            }
        } else {
            indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = kind == Kind.COMBINATIONS ? i : 0;
            }
        }
    }

    private boolean advance(int n) {
        switch (kind) {
            case COMBINATIONS: {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
                return true;
            }
            case WITH_REPLACEMENT: {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
                return true;
            }
            default: {
                if (n == 0) {
                    return false;
                }
                for (int i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        // rotate indices[i:] left by one
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        return true;
                    }
                }
                return false;
            }
        }
    }

    @Override
    public BuiltinType builtinType() {
        return kind.type;
    }
}
