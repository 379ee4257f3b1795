package dev.taipan.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The text streams behind sys.stdin/stdout/stderr (a minimal {@code io.TextIOWrapper}): UTF-8
 * over the context's streams, buffered and flushed at newlines when line buffered or unbuffered.
 */
public final class PTextIO extends PythonObject {
    private final String name;
    private final OutputStream out;
    private final InputStream in;
    private final int fileno;
    private final boolean lineBuffered;
    private final StringBuilder buffer = new StringBuilder();
    private boolean closed;

    public PTextIO(String name, OutputStream out, InputStream in, int fileno, boolean lineBuffered) {
        this.name = name;
        this.out = out;
        this.in = in;
        this.fileno = fileno;
        this.lineBuffered = lineBuffered;
    }

    public String getName() {
        return name;
    }

    public int getFileno() {
        return fileno;
    }

    public boolean isLineBuffered() {
        return lineBuffered;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isReadable() {
        return in != null;
    }

    public boolean isWritable() {
        return out != null;
    }

    @TruffleBoundary
    public void write(String s) {
        if (closed) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
        if (out == null) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "not writable");
        }
        buffer.append(s);
        if (lineBuffered ? s.indexOf('\n') >= 0 : buffer.length() >= 8192) {
            flush();
        }
    }

    @TruffleBoundary
    public void flush() {
        if (buffer.length() == 0 || out == null) {
            return;
        }
        try {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "%s", e.getMessage());
        } finally {
            buffer.setLength(0);
        }
    }

    /** Reads one line including its newline ("" at EOF). */
    @TruffleBoundary
    public String readline() {
        if (in == null) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "not readable");
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                bytes.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "%s", e.getMessage());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Reads everything up to EOF. */
    @TruffleBoundary
    public String readAll() {
        if (in == null) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "not readable");
        }
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "%s", e.getMessage());
        }
    }

    public void close() {
        flush();
        closed = true;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TEXT_IO_WRAPPER;
    }
}
