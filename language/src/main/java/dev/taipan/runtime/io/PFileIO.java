package dev.taipan.runtime.io;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OpenFile;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.FileIO: raw unbuffered I/O on an integer file descriptor of the emulated fd table. */
public final class PFileIO extends PythonObject {
    private int fd = -1;
    private boolean readable;
    private boolean writable;
    private boolean appending;
    private boolean created;
    private boolean closefd = true;
    /** -1 unknown, 0 no, 1 yes. */
    private int seekable = -1;
    /** Set when __init__ ran; CPython's FileIO stays usable only after it. */
    private boolean initialized;

    public PFileIO(PythonClass cls) {
        super(cls);
    }

    /** A FileIO over an existing descriptor (the standard streams). */
    public static PFileIO forFd(int fd, boolean readable, boolean writable) {
        PFileIO f = new PFileIO(null);
        f.fd = fd;
        f.readable = readable;
        f.writable = writable;
        f.closefd = false;
        f.initialized = true;
        return f;
    }

    /** Parses a FileIO mode string; returns the open(2) flags and sets the mode fields. */
    @TruffleBoundary
    public int parseMode(String mode) {
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw PythonErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = true;
                        writable = true;
                        flags |= OsState.O_EXCL | OsState.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= OsState.O_CREAT | OsState.O_TRUNC;
                    } else {
                        writable = true;
                        appending = true;
                        flags |= OsState.O_APPEND | OsState.O_CREAT;
                    }
                }
                case '+' -> {
                    if (plus) {
                        throw PythonErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    }
                    readable = writable = true;
                    plus = true;
                }
                case 'b' -> {
                }
                default -> throw PythonErrors.valueError("invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw PythonErrors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (readable && writable) {
            flags |= OsState.O_RDWR;
        } else if (writable) {
            flags |= OsState.O_WRONLY;
        }
        return flags;
    }

    /** Completes construction with an open descriptor. */
    @TruffleBoundary
    public void attach(int newFd, boolean closeFd, Object name) {
        this.fd = newFd;
        this.closefd = closeFd;
        this.initialized = true;
        OpenFile f = OsState.get().get(newFd);
        if (f == null) {
            throw OsErrors.raise(Errno.EBADF);
        }
        if (f instanceof OpenFile.DirectoryFile) {
            if (closeFd) {
                try {
                    OsState.get().close(newFd);
                } catch (OpenFile.OsFailure e) {
                    // already reporting EISDIR
                }
            }
            this.fd = -1;
            throw OsErrors.raise(Errno.EISDIR, name);
        }
        if (appending) {
            try {
                f.seek(0, 2);
            } catch (OpenFile.OsFailure e) {
                // pipes cannot seek; append still works
            }
        }
    }

    static dev.taipan.runtime.exceptions.PException closedError() {
        return PythonErrors.valueError("I/O operation on closed file");
    }

    public boolean isInitialized() {
        return initialized;
    }

    public int fd() {
        return fd;
    }

    public boolean isClosed() {
        return fd < 0;
    }

    public boolean isReadable() {
        return readable;
    }

    public boolean isWritable() {
        return writable;
    }

    public boolean closefd() {
        return closefd;
    }

    public String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    OpenFile file() {
        if (fd < 0) {
            throw closedError();
        }
        OpenFile f = OsState.get().get(fd);
        if (f == null) {
            throw OsErrors.raise(Errno.EBADF);
        }
        return f;
    }

    public void checkReadable() {
        if (fd < 0) {
            throw closedError();
        }
        if (!readable) {
            throw IoErrors.unsupported("File not open for reading");
        }
    }

    public void checkWritable() {
        if (fd < 0) {
            throw closedError();
        }
        if (!writable) {
            throw IoErrors.unsupported("File not open for writing");
        }
    }

    /** Reads up to {@code len} bytes into {@code buf}; 0 at end of file. */
    @TruffleBoundary
    public int readInto(byte[] buf, int off, int len) {
        checkReadable();
        try {
            return file().read(buf, off, len);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
    }

    @TruffleBoundary
    public byte[] read(int n) {
        byte[] buf = new byte[n];
        int got = readInto(buf, 0, n);
        return got == n ? buf : java.util.Arrays.copyOf(buf, got);
    }

    @TruffleBoundary
    public byte[] readAll() {
        checkReadable();
        OpenFile f = file();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int chunk = 8192;
        try {
            if (f.isSeekable() && f.path != null && Files.isRegularFile(f.path)) {
                long remaining = f.size() - f.seek(0, 1);
                if (remaining > 0 && remaining < Integer.MAX_VALUE - 16) {
                    chunk = (int) remaining + 1;
                }
            }
            byte[] buf = new byte[chunk];
            while (true) {
                int n = f.read(buf, 0, buf.length);
                if (n <= 0) {
                    break;
                }
                out.write(buf, 0, n);
                if (buf.length < 65536) {
                    buf = new byte[65536];
                }
            }
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    public int write(byte[] b, int off, int len) {
        checkWritable();
        try {
            return file().write(b, off, len);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
    }

    @TruffleBoundary
    public long seek(long pos, int whence) {
        try {
            return file().seek(pos, whence);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
    }

    public long tell() {
        return seek(0, 1);
    }

    @TruffleBoundary
    public long truncate(long size) {
        checkWritable();
        try {
            file().truncate(size);
        } catch (OpenFile.OsFailure e) {
            throw OsErrors.raise(e.errno);
        }
        return size;
    }

    public boolean isSeekable() {
        if (seekable < 0) {
            seekable = file().isSeekable() ? 1 : 0;
        }
        return seekable == 1;
    }

    public boolean isTerminal() {
        return file().isTerminal();
    }

    /** Closes the descriptor (when closefd) and marks the object closed. */
    @TruffleBoundary
    public void close() {
        if (fd < 0) {
            return;
        }
        int old = fd;
        fd = -1;
        if (closefd) {
            try {
                OsState.get().close(old);
            } catch (OpenFile.OsFailure e) {
                throw OsErrors.raise(e.errno);
            }
        }
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FILE_IO;
    }
}
