package dev.taipan.runtime.itertools;

import dev.taipan.runtime.objects.PTuple;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code product(*iterables, repeat=1)}: the Cartesian product, as an odometer over the pools. */
public final class PProduct extends PBuiltinIterator {
    private final Object[][] pools;
    private int[] indices;
    private boolean done;

    public PProduct(PythonClass cls, Object[][] pools) {
        setPythonClass(cls);
        this.pools = pools;
        for (Object[] p : pools) {
            done |= p.length == 0;
        }
    }

    @Override
    public Object next() {
        if (done) {
            return null;
        }
        if (indices == null) {
            indices = new int[pools.length];
        } else {
            int i = pools.length - 1;
            while (i >= 0 && ++indices[i] == pools[i].length) {
                indices[i] = 0;
                i--;
            }
            if (i < 0) {
                done = true;
                return null;
            }
        }
        Object[] r = new Object[pools.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = pools[i][indices[i]];
        }
        return new PTuple(r);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_PRODUCT;
    }
}
