package dev.taipan.runtime.iterators;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
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

    /**
     * {@code (zip, iterators[, True])}: the strict flag comes back through {@code __setstate__},
     * as zip's constructor takes it only as a keyword, which a reduce tuple cannot pass.
     */
    @Override
    public Object reduce() {
        PTuple its = new PTuple(iterators.clone());
        return strict ? PTuple.of(PyObjectGetClass.get(this), its, true) : PTuple.of(PyObjectGetClass.get(this), its);
    }

    @Override
    public void setState(Object state) {
        strict = PyObjectIsTrue.execute(state);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ZIP;
    }
}
