package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/** {@code slice(start, stop, step)}; absent parts are None. */
public final class PSlice extends PythonObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SLICE;
    }
}
