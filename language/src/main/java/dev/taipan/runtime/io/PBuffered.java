package dev.taipan.runtime.io;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * _io.BufferedReader, BufferedWriter and BufferedRandom (one Java class; {@link #type} says
 * which): a read-ahead buffer and a write-behind buffer over a raw stream.
 */
public final class PBuffered extends PythonObject {
    private final BuiltinType type;
    private Object raw;
    private boolean detached;
    private int bufferSize = 8192;
    private byte[] rbuf = new byte[0];
    private int rpos;
    private int rlen;
    private byte[] wbuf;
    private int wlen;
    /** Registered with OsState as (possibly) holding unwritten data; at most once. */
    private boolean dirty;

    public PBuffered(PythonClass cls, BuiltinType type) {
        super(cls);
        this.type = type;
    }

    public void init(Object newRaw, int size) {
        if (size <= 0) {
            throw PythonErrors.valueError("buffer size must be strictly positive");
        }
        this.raw = newRaw;
        this.bufferSize = size;
        this.detached = false;
        this.rbuf = new byte[0];
        this.rpos = this.rlen = 0;
        this.wbuf = canWrite() ? new byte[size] : null;
        this.wlen = 0;
    }

    public boolean canRead() {
        return type != BuiltinType.BUFFERED_WRITER;
    }

    public boolean canWrite() {
        return type != BuiltinType.BUFFERED_READER;
    }

    /** The raw stream; ValueError when detached or never initialised. */
    public Object raw() {
        if (raw == null) {
            throw PythonErrors.valueError(detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
        return raw;
    }

    public Object rawOrNull() {
        return raw;
    }

    /** The path of the file below, when the raw stream is the VM's FileIO on a file. */
    public java.nio.file.Path rawPath() {
        PFileIO f = raw instanceof PFileIO x ? x : null;
        if (f == null || f.isClosed()) {
            return null;
        }
        var of = dev.taipan.runtime.os.OsState.get().get(f.fd());
        return of == null ? null : of.path;
    }

    public int bufferSize() {
        return bufferSize;
    }

    public boolean isClosed() {
        return RawCalls.closed(raw());
    }

    private void checkClosed(String what) {
        if (isClosed()) {
            if (wlen == 0 || what == null) {
                throw PythonErrors.valueError(what == null ? "I/O operation on closed file." : what);
            }
        }
    }

    private int available() {
        return rlen - rpos;
    }

    /** Drops read-ahead data, moving the raw position back to the logical one. */
    @TruffleBoundary
    private void dropReadAhead() {
        if (available() > 0) {
            RawCalls.seek(raw(), -available(), 1);
        }
        rpos = rlen = 0;
    }

    /** Fills the read buffer with one raw read; returns the bytes read (0 EOF, -1 would block). */
    @TruffleBoundary
    private int fill() {
        if (rbuf.length < bufferSize) {
            rbuf = new byte[bufferSize];
        }
        if (available() == 0) {
            rpos = rlen = 0;
        } else if (rpos > 0) {
            System.arraycopy(rbuf, rpos, rbuf, 0, available());
            rlen = available();
            rpos = 0;
        }
        if (rlen == rbuf.length) {
            rbuf = java.util.Arrays.copyOf(rbuf, rbuf.length * 2);
        }
        int n = RawCalls.readInto(raw(), rbuf, rlen, rbuf.length - rlen);
        if (n > 0) {
            rlen += n;
        }
        return n;
    }

    private void prepareRead(String what) {
        if (!canRead()) {
            throw IoErrors.unsupported(what);
        }
        if (isClosed()) {
            throw PythonErrors.valueError("%s of closed file", what);
        }
        flushWrites();
    }

    /** read(n); n < 0 reads to EOF. Returns null when nothing was available without blocking. */
    @TruffleBoundary
    public byte[] read(long n) {
        prepareRead("read");
        if (n < 0) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, available());
            rpos = rlen = 0;
            byte[] rest = RawCalls.readAll(raw());
            if (rest == null) {
                return out.size() == 0 ? null : out.toByteArray();
            }
            out.write(rest, 0, rest.length);
            return out.toByteArray();
        }
        if (available() >= n) {
            byte[] r = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + (int) n);
            rpos += (int) n;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(n, 1 << 20));
        out.write(rbuf, rpos, available());
        rpos = rlen = 0;
        while (out.size() < n) {
            int got = fill();
            if (got <= 0) {
                if (got < 0 && out.size() == 0) {
                    return null;
                }
                break;
            }
            int take = (int) Math.min(available(), n - out.size());
            out.write(rbuf, rpos, take);
            rpos += take;
        }
        return out.toByteArray();
    }

    /** read1(n): at most one raw read. */
    @TruffleBoundary
    public byte[] read1(long n) {
        prepareRead("read");
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (available() == 0) {
            fill();
        }
        int take = (int) Math.min(available(), n);
        byte[] r = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + take);
        rpos += take;
        return r;
    }

    @TruffleBoundary
    public byte[] peek() {
        prepareRead("peek");
        if (available() == 0) {
            fill();
        }
        return java.util.Arrays.copyOfRange(rbuf, rpos, rlen);
    }

    /** readline(limit): up to and including b'\n'; limit < 0 means no limit. */
    @TruffleBoundary
    public byte[] readline(long limit) {
        prepareRead("readline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (available() == 0 && fill() <= 0) {
                break;
            }
            int end = rpos;
            int max = limit < 0 ? rlen : (int) Math.min(rlen, rpos + (limit - out.size()));
            boolean found = false;
            while (end < max) {
                if (rbuf[end++] == '\n') {
                    found = true;
                    break;
                }
            }
            out.write(rbuf, rpos, end - rpos);
            rpos = end;
            if (found) {
                break;
            }
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    public int write(byte[] b, int off, int len) {
        if (!canWrite()) {
            throw IoErrors.unsupported("write");
        }
        if (isClosed()) {
            throw PythonErrors.valueError("write to closed file");
        }
        if (canRead() && available() > 0) {
            dropReadAhead();
        } else {
            rpos = rlen = 0;
        }
        if (wlen + len > bufferSize) {
            flushWrites();
            if (len >= bufferSize) {
                writeRaw(b, off, len);
                return len;
            }
        }
        System.arraycopy(b, off, wbuf, wlen, len);
        wlen += len;
        if (!dirty && wlen > 0) {
            dirty = true;
            dev.taipan.runtime.os.OsState.get().addDirtyWriter(this);
        }
        return len;
    }

    private void writeRaw(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            int n = RawCalls.write(raw(), b, off + done, len - done);
            if (n < 0) {
                throw PythonErrors.raise(BuiltinType.BLOCKING_IO_ERROR, "write could not complete without blocking");
            }
            done += n;
        }
    }

    /** Writes the write buffer to the raw stream. */
    @TruffleBoundary
    public void flushWrites() {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            writeRaw(wbuf, 0, n);
        }
    }

    /** flushWrites for the exit and file-system-access flushes: failures are dropped. */
    @TruffleBoundary
    public void flushQuietly() {
        dirty = false;
        try {
            if (raw != null && !RawCalls.closed(raw)) {
                flushWrites();
            }
        } catch (dev.taipan.runtime.exceptions.PException e) {
            // reported by the program's own flush or close, if it makes one
        }
    }

    @TruffleBoundary
    public void flush() {
        if (isClosed()) {
            throw IoErrors.closed();
        }
        flushWrites();
    }

    @TruffleBoundary
    public long seek(long pos, int whence) {
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("whence value %d unsupported", whence);
        }
        if (isClosed()) {
            throw PythonErrors.valueError("seek of closed file");
        }
        flushWrites();
        if (whence == 1) {
            pos -= available();
        }
        rpos = rlen = 0;
        return RawCalls.seek(raw(), pos, whence);
    }

    @TruffleBoundary
    public long tell() {
        long p = RawCalls.tell(raw()) - available() + wlen;
        return Math.max(p, 0);
    }

    @TruffleBoundary
    public long truncate(Object pos) {
        checkClosed(null);
        if (!canWrite()) {
            throw IoErrors.unsupported("truncate");
        }
        flushWrites();
        Object p = pos;
        if (p == dev.taipan.runtime.objects.PNone.NO_VALUE || p == dev.taipan.runtime.objects.PNone.NONE) {
            p = tell();
        }
        dropReadAhead();
        return dev.taipan.runtime.abstractops.PyNumberConvert.asSize(RawCalls.method(raw(), "truncate", p), BuiltinType.OVERFLOW_ERROR);
    }

    @TruffleBoundary
    public void close() {
        Object r = raw();
        if (RawCalls.closed(r)) {
            return;
        }
        try {
            if (canWrite()) {
                flushWrites();
            }
        } finally {
            RawCalls.method(r, "close");
        }
    }

    @TruffleBoundary
    public Object detach() {
        Object r = raw();
        flushWrites();
        raw = null;
        detached = true;
        return r;
    }

    public boolean isDetached() {
        return detached;
    }

    @Override
    public BuiltinType builtinType() {
        return type;
    }
}
