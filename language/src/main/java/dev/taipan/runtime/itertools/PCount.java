package dev.taipan.runtime.itertools;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyObjectStr;

/** {@code count(start=0, step=1)}: start, start+step, ... (any numbers; longs stay unboxed until they overflow). */
public final class PCount extends PBuiltinIterator {
    private Object current;
    private final Object step;

    public PCount(PythonClass cls, Object start, Object step) {
        setPythonClass(cls);
        this.current = start;
        this.step = step;
    }

    @Override
    public Object next() {
        Object v = current;
        if (v instanceof Long a && step instanceof Long b) {
            long r = a + b;
            // overflow only if both operands have the sign the result lacks
            current = ((a ^ r) & (b ^ r)) < 0 ? PyNumberBinary.execute(a, b, BinaryOp.ADD) : (Object) r;
        } else {
            current = PyNumberBinary.execute(v, step, BinaryOp.ADD);
        }
        return v;
    }

    public String repr(String typeName) {
        if (step instanceof Long l && l == 1) {
            return typeName + "(" + PyObjectStr.repr(current) + ")";
        }
        return typeName + "(" + PyObjectStr.repr(current) + ", " + PyObjectStr.repr(step) + ")";
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.IT_COUNT;
    }
}
