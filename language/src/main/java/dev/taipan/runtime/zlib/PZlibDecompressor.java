package dev.taipan.runtime.zlib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * zlib._ZlibDecompressor (new in 3.12, what gzip reads with): the bz2/lzma decompressor
 * interface over a {@link PDecompress}. Input that max_length held back stays inside and is used
 * by the next call; {@code needs_input} says whether more output may come without new input.
 */
public final class PZlibDecompressor extends PythonObject implements ZlibStream {
    private final PDecompress stream;
    private byte[] held = new byte[0];
    private boolean needsInput = true;

    public PZlibDecompressor(PDecompress stream) {
        this.stream = stream;
    }

    @TruffleBoundary
    public byte[] decompress(byte[] data, long maxLength) {
        if (stream.isEof()) {
            throw PythonErrors.raise(BuiltinType.EOF_ERROR, "End of stream already reached");
        }
        byte[] in = held.length == 0 ? data : PDecompress.concat(held, data, 0);
        byte[] out = stream.decompress(in, maxLength < 0 ? 0 : maxLength);
        held = stream.unconsumedTail();
        // output cut short by max_length may continue from state or input kept inside
        needsInput = !stream.isEof() && held.length == 0 && (maxLength < 0 || out.length < maxLength);
        return out;
    }

    @Override
    public boolean isEof() {
        return stream.isEof();
    }

    @Override
    public byte[] unusedData() {
        return stream.unusedData();
    }

    public boolean needsInput() {
        return needsInput;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ZLIB_DECOMPRESSOR;
    }
}
