package dev.taipan.runtime.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A zlib.Decompress object: a streaming inflater. Input may arrive in pieces of any size, so a
 * gzip header and trailer are collected across calls; what follows the end of the stream
 * accumulates in {@code unused_data}, and input held back by {@code max_length} is
 * {@code unconsumed_tail}.
 */
public final class PDecompress extends PythonObject implements ZlibStream {
    private ZlibContainer container;
    private final byte[] zdict;
    private Inflater inflater;
    /** Header (gzip, or the first bytes for AUTO) or trailer bytes collected so far. */
    private byte[] pending = new byte[0];
    private boolean inTrailer;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean eof;
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];

    public PDecompress(ZlibContainer container, byte[] zdict) {
        this.container = container;
        this.zdict = zdict;
    }

    /**
     * The stream behind zlib.decompressobj() and zlib._ZlibDecompressor(): a wbits value no
     * decoder accepts is a ValueError there, and an empty zdict means none.
     */
    @TruffleBoundary
    public static PDecompress forObject(long wbits, byte[] zdict) {
        ZlibContainer c;
        try {
            c = ZlibContainer.forDecompress(wbits);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            throw ZlibContainer.invalidInit();
        }
        return new PDecompress(c, zdict == null || zdict.length == 0 ? null : zdict);
    }

    @Override
    public boolean isEof() {
        return eof;
    }

    @Override
    public byte[] unusedData() {
        return unusedData;
    }

    public byte[] unconsumedTail() {
        return unconsumedTail;
    }

    /** decompress(data, max_length): at most maxLength bytes of output when maxLength > 0. */
    @TruffleBoundary
    public byte[] decompress(byte[] data, long maxLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (eof) {
            unusedData = concat(unusedData, data, 0);
            return out.toByteArray();
        }
        byte[] in = data;
        if (inflater == null) {
            in = concat(pending, data, 0);
            pending = new byte[0];
            if (container == ZlibContainer.AUTO) {
                if (in.length < 2) {
                    pending = in;
                    return out.toByteArray();
                }
                container = (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b ? ZlibContainer.GZIP : ZlibContainer.ZLIB;
            }
            if (container == ZlibContainer.GZIP) {
                int h = GzipWrapper.headerLength(in, in.length);
                if (h < 0) {
                    throw error(-3, "incorrect header check");
                }
                if (h == 0) {
                    pending = in;
                    return out.toByteArray();
                }
                in = Arrays.copyOfRange(in, h, in.length);
            }
            inflater = new Inflater(container != ZlibContainer.ZLIB);
            if (zdict != null && container == ZlibContainer.RAW) {
                inflater.setDictionary(zdict);
            }
        }
        if (inTrailer) {
            readTrailer(in, 0);
            return out.toByteArray();
        }
        inflater.setInput(in);
        byte[] buf = new byte[8192];
        try {
            while (true) {
                int room = buf.length;
                if (maxLength > 0) {
                    room = (int) Math.min(room, maxLength - out.size());
                    if (room == 0) {
                        break;
                    }
                }
                int n = inflater.inflate(buf, 0, room);
                out.write(buf, 0, n);
                if (container == ZlibContainer.GZIP) {
                    crc.update(buf, 0, n);
                    size += n;
                }
                if (inflater.finished()) {
                    break;
                }
                if (inflater.needsDictionary()) {
                    if (zdict == null) {
                        throw error(2, null);
                    }
                    inflater.setDictionary(zdict);
                    continue;
                }
                if (n == 0 && inflater.needsInput()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            throw error(-3, e.getMessage());
        }
        int rest = in.length - inflater.getRemaining();
        if (inflater.finished()) {
            unconsumedTail = new byte[0];
            if (container == ZlibContainer.GZIP) {
                inTrailer = true;
                readTrailer(in, rest);
            } else {
                finish(in, rest);
            }
        } else {
            unconsumedTail = Arrays.copyOfRange(in, rest, in.length);
        }
        return out.toByteArray();
    }

    /** flush(): what the input held back by max_length still yields. */
    @TruffleBoundary
    public byte[] flush() {
        byte[] tail = unconsumedTail;
        unconsumedTail = new byte[0];
        return tail.length == 0 ? new byte[0] : decompress(tail, 0);
    }

    private void readTrailer(byte[] in, int from) {
        pending = concat(pending, in, from);
        if (pending.length < 8) {
            return;
        }
        if (GzipWrapper.intLE(pending, 0) != (int) crc.getValue()) {
            throw error(-3, "incorrect data check");
        }
        if (GzipWrapper.intLE(pending, 4) != (int) size) {
            throw error(-3, "incorrect length check");
        }
        finish(pending, 8);
        pending = new byte[0];
    }

    private void finish(byte[] in, int from) {
        eof = true;
        unusedData = concat(unusedData, in, from);
        inflater.end();
    }

    static byte[] concat(byte[] a, byte[] b, int from) {
        byte[] r = Arrays.copyOf(a, a.length + b.length - from);
        System.arraycopy(b, from, r, a.length, b.length - from);
        return r;
    }

    /** zlib.error in CPython's words: "Error N while decompressing data[: message]". */
    static RuntimeException error(int code, String message) {
        return PythonErrors.raise(BuiltinType.ZLIB_ERROR, "Error %d while decompressing data%s", code, message == null ? "" : ": " + message);
    }

    public static RuntimeException truncated() {
        return error(-5, "incomplete or truncated stream");
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.ZLIB_DECOMPRESS;
    }
}
