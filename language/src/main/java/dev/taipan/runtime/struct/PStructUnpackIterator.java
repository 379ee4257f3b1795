package dev.taipan.runtime.struct;

import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/** {@code iter_unpack}: one tuple per struct-sized chunk of a buffer. */
public final class PStructUnpackIterator extends PBuiltinIterator {
    private final StructLayout layout;
    private final byte[] data;
    private int pos;

    public PStructUnpackIterator(StructLayout layout, byte[] data) {
        this.layout = layout;
        this.data = data;
    }

    @Override
    public Object next() {
        if (pos + layout.size() > data.length) {
            return null;
        }
        Object[] values = StructCodec.unpack(layout, data, pos);
        pos += (int) layout.size();
        return new PTuple(values);
    }

    @Override
    public long lengthHint() {
        return (data.length - pos) / layout.size();
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.STRUCT_UNPACK_ITERATOR;
    }
}
