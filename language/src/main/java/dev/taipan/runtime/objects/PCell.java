package dev.taipan.runtime.objects;

import dev.taipan.runtime.types.BuiltinType;

/**
 * A cell: the shared box behind a variable that an inner function closes over. {@code null}
 * contents mean the variable is unbound.
 */
public final class PCell extends PythonObject {
    private Object ref;

    public PCell() {
    }

    public PCell(Object ref) {
        this.ref = ref;
    }

    public Object getRef() {
        return ref;
    }

    public void setRef(Object ref) {
        this.ref = ref;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CELL;
    }
}
