package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code zip(*iterables, strict=False)}. */
public final class PZip extends PBuiltinIterator {
    private final Object[] iterators;
    /** Set once one iterator is exhausted: from then on this zip yields nothing. */
    private boolean done;
    /** Settable: zip.__setstate__ restores it when unpickling. */
    private boolean strict;

    public PZip(PythonClass cls, Object[] iterators, boolean strict) {
        setPythonClass(cls);
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    public Object next() {
        Object[] its = iterators;
        if (done || its.length == 0) {
            return null;
        }
        Object[] items = new Object[its.length];
        for (int i = 0; i < its.length; i++) {
            Object v = PyObjectIter.next(its[i]);
            if (v == null) {
                done = true;
                if (strict) {
                    if (i > 0) {
                        throw PythonErrors.valueError("zip() argument %d is shorter than argument%s%s", i + 1, i == 1 ? " " : "s 1-", i == 1 ? "1" : String.valueOf(i));
                    }
                    for (int j = 1; j < its.length; j++) {
                        if (PyObjectIter.next(its[j]) != null) {
                            throw PythonErrors.valueError("zip() argument %d is longer than argument%s%s", j + 1, j == 1 ? " " : "s 1-", j == 1 ? "1" : String.valueOf(j));
                        }
                    }
                }
                return null;
            }
            items[i] = v;
        }
        return new PTuple(items);
    }

    /** The iterators, for zip.__reduce__. */
    public Object[] getIterators() {
        return iterators;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ZIP;
    }
}
