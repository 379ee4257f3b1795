package dev.taipan.runtime.iterators;

import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Iterates the bytes of a bytes or bytearray object, yielding ints. A bytearray is read live, so
 * changes made during the iteration are seen (as in CPython).
 */
public final class PBytesIterator extends PBuiltinIterator {
    private BufferExporter source;
    private int index;
    private final BuiltinType type;

    public PBytesIterator(BufferExporter source, BuiltinType type) {
        this.source = source;
        this.type = type;
    }

    @Override
    public Object next() {
        BufferExporter s = source;
        if (s != null) {
            if (index < s.bufferLength()) {
                return (long) (s.bufferArray()[index++] & 0xff);
            }
            source = null;
        }
        return null;
    }

    @Override
    public long lengthHint() {
        return source == null ? 0 : Math.max(0, source.bufferLength() - index);
    }

    @Override
    public Object reduce() {
        Object iter = builtin("iter");
        return source == null ? reduction(iter, PTuple.EMPTY) : reduction(iter, source, (long) index);
    }

    @Override
    public void setState(Object state) {
        if (source != null) {
            index = (int) clampedPosition(state, 0, source.bufferLength());
        }
    }

    @Override
    public BuiltinType builtinType() {
        return type;
    }
}
