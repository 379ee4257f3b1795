package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * _io.StringIO: an in-memory text stream. Positions are UTF-16 indexes internally and code point
 * counts in Python (tell/seek), like CPython's UCS4 buffer.
 */
public final class PStringIO extends PythonObject {
    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean closed;
    /** The newline argument: null (universal, translate), "", "\n", "\r" or "\r\n". */
    private String newline = "\n";

    public PStringIO(PythonClass cls) {
        super(cls);
    }

    public void init(String initial, String nl) {
        this.newline = nl;
        buf.setLength(0);
        pos = 0;
        closed = false;
        if (initial != null) {
            write(initial);
            pos = 0;
        }
    }

    public String newline() {
        return newline;
    }

    public void checkClosed() {
        if (closed) {
            throw dev.taipan.runtime.exceptions.PythonErrors.valueError("I/O operation on closed file");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    @TruffleBoundary
    public String getValue() {
        checkClosed();
        return buf.toString();
    }

    @TruffleBoundary
    public String read(long n) {
        checkClosed();
        if (pos >= buf.length()) {
            return "";
        }
        int end;
        if (n < 0) {
            end = buf.length();
        } else {
            end = pos;
            for (long i = 0; i < n && end < buf.length(); i++) {
                end += Character.charCount(buf.codePointAt(end));
            }
        }
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    @TruffleBoundary
    public String readline(long limit) {
        checkClosed();
        if (pos >= buf.length()) {
            return "";
        }
        int end = pos;
        long count = 0;
        while (end < buf.length() && (limit < 0 || count < limit)) {
            char c = buf.charAt(end);
            end += Character.charCount(buf.codePointAt(end));
            count++;
            if (newline == null || newline.equals("\n")) {
                if (c == '\n') {
                    break;
                }
            } else if (newline.isEmpty()) {
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (end < buf.length() && buf.charAt(end) == '\n' && (limit < 0 || count < limit)) {
                        end++;
                    }
                    break;
                }
            } else if (newline.equals("\r")) {
                if (c == '\r') {
                    break;
                }
            } else if (c == '\r' && end < buf.length() && buf.charAt(end) == '\n') {
                if (limit < 0 || count < limit) {
                    end++;
                }
                break;
            }
        }
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    @TruffleBoundary
    public int write(String s) {
        checkClosed();
        String t = s;
        if (newline == null) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        } else if (newline.equals("\r") || newline.equals("\r\n")) {
            t = t.replace("\n", newline);
        }
        if (pos > buf.length()) {
            buf.append("\0".repeat(pos - buf.length()));
        }
        int end = pos + t.length();
        if (end > buf.length()) {
            buf.setLength(end);
        }
        buf.replace(pos, end, t);
        pos = end;
        return s.codePointCount(0, s.length());
    }

    @TruffleBoundary
    public long tell() {
        checkClosed();
        return pos <= buf.length() ? buf.codePointCount(0, pos) : buf.codePointCount(0, buf.length()) + (pos - buf.length());
    }

    @TruffleBoundary
    public long seek(long p, int whence) {
        checkClosed();
        if (whence != 0 && whence != 1 && whence != 2) {
            throw PythonErrors.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0 && whence == 0) {
            throw PythonErrors.valueError("Negative seek position %d", p);
        }
        if (whence != 0 && p != 0) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            return tell();
        }
        if (whence == 2) {
            pos = buf.length();
            return tell();
        }
        int cps = buf.codePointCount(0, buf.length());
        pos = p <= cps ? buf.offsetByCodePoints(0, (int) p) : buf.length() + (int) (p - cps);
        return p;
    }

    @TruffleBoundary
    public long truncate(long n) {
        checkClosed();
        if (n < 0) {
            throw PythonErrors.valueError("Negative size value %d", n);
        }
        int cps = buf.codePointCount(0, buf.length());
        if (n < cps) {
            buf.setLength(buf.offsetByCodePoints(0, (int) n));
        }
        return n;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.STRING_IO;
    }
}
