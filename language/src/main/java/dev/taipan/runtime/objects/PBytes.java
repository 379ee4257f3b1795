package dev.taipan.runtime.objects;

import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code bytes}: an immutable byte[]. */
public final class PBytes extends PythonObject implements BufferExporter {
    public static final PBytes EMPTY = new PBytes(new byte[0]);

    private final byte[] bytes;

    public PBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public PBytes(PythonClass cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    /** The backing array: callers must not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public byte[] bufferArray() {
        return bytes;
    }

    @Override
    public int bufferLength() {
        return bytes.length;
    }

    @Override
    public boolean isBufferReadonly() {
        return true;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.BYTES;
    }
}
