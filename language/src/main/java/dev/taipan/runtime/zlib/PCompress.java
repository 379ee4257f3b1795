package dev.taipan.runtime.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** A zlib.Compress object: a streaming deflater with zlib's flush modes and wrappers. */
public final class PCompress extends PythonObject {
    public static final int Z_NO_FLUSH = 0;
    public static final int Z_FULL_FLUSH = 3;
    public static final int Z_FINISH = 4;

    private final Deflater deflater;
    private final ZlibContainer container;
    private final int level;
    private final int strategy;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean headerWritten;
    private boolean finished;

    @TruffleBoundary
    public PCompress(int level, ZlibContainer container, int strategy, byte[] zdict) {
        this.container = container;
        this.level = level;
        this.strategy = strategy;
        this.deflater = new Deflater(level, container != ZlibContainer.ZLIB);
        // Z_RLE and Z_FIXED have no JDK equivalent: the default strategy still gives a valid stream
        deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    @TruffleBoundary
    public byte[] compress(byte[] data) {
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHeader(out);
        crc.update(data);
        size += data.length;
        deflater.setInput(data);
        byte[] buf = new byte[Math.max(64, Math.min(data.length + 64, 1 << 16))];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** flush(mode): Z_NO_FLUSH does nothing, Z_FINISH ends the stream, the others flush to a byte boundary. */
    @TruffleBoundary
    public byte[] flush(int mode) {
        if (mode == Z_NO_FLUSH) {
            return new byte[0];
        }
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeHeader(out);
        byte[] buf = new byte[8192];
        if (mode == Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            if (container == ZlibContainer.GZIP) {
                GzipWrapper.trailer(out, (int) crc.getValue(), size);
            }
            deflater.end();
            finished = true;
        } else {
            int flush = mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    private void writeHeader(ByteArrayOutputStream out) {
        if (container == ZlibContainer.GZIP && !headerWritten) {
            out.writeBytes(GzipWrapper.header(level, strategy));
            headerWritten = true;
        }
    }

    private void checkOpen() {
        if (finished) {
            throw PythonErrors.raise(BuiltinType.ZLIB_ERROR, "Error -2 while compressing data: inconsistent stream state");
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ZLIB_COMPRESS;
    }
}
