package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.BytesIO: an in-memory binary stream over a growable byte array. */
public final class PBytesIO extends PythonObject {
    private byte[] buf = new byte[0];
    private int size;
    private int pos;
    private boolean closed;

    public PBytesIO(PythonClass cls) {
        super(cls);
    }

    public void checkClosed() {
        if (closed) {
            throw IoErrors.closed();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    @TruffleBoundary
    public void setContents(byte[] initial) {
        buf = initial.clone();
        size = initial.length;
        pos = 0;
    }

    public byte[] getValue() {
        checkClosed();
        return java.util.Arrays.copyOf(buf, size);
    }

    @TruffleBoundary
    public byte[] read(long n) {
        checkClosed();
        int avail = Math.max(size - pos, 0);
        int take = n < 0 ? avail : (int) Math.min(n, avail);
        byte[] r = java.util.Arrays.copyOfRange(buf, pos, pos + take);
        pos += take;
        return r;
    }

    @TruffleBoundary
    public byte[] readline(long limit) {
        checkClosed();
        int end = pos;
        int max = limit < 0 ? size : (int) Math.min(size, pos + limit);
        while (end < max) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        if (pos >= size) {
            return new byte[0];
        }
        byte[] r = java.util.Arrays.copyOfRange(buf, pos, end);
        pos = end;
        return r;
    }

    @TruffleBoundary
    public int write(byte[] b) {
        checkClosed();
        int end = pos + b.length;
        if (end > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        pos = end;
        if (end > size) {
            size = end;
        }
        return b.length;
    }

    public long seek(long p, int whence) {
        checkClosed();
        long target;
        switch (whence) {
            case 0 -> {
                if (p < 0) {
                    throw PythonErrors.valueError("negative seek value %d", p);
                }
                target = p;
            }
            case 1 -> target = Math.max(0, pos + p);
            case 2 -> target = Math.max(0, size + p);
            default -> throw PythonErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (target > Integer.MAX_VALUE - 16) {
            throw PythonErrors.overflowError("new position too large");
        }
        pos = (int) target;
        return pos;
    }

    public long tell() {
        checkClosed();
        return pos;
    }

    @TruffleBoundary
    public long truncate(long n) {
        checkClosed();
        if (n < 0) {
            throw PythonErrors.valueError("negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return n;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.BYTES_IO;
    }
}
