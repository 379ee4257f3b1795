package dev.taipan.runtime.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;

/** Raising OSError (or its errno subclass) with errno, strerror and filenames, like CPython's posix module. */
public final class OsErrors {
    private OsErrors() {
    }

    public static PException raise(int errno) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return create(errno, null, null);
    }

    public static PException raise(int errno, Object filename) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return create(errno, filename, null);
    }

    public static PException raise(int errno, Object filename, Object filename2) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return create(errno, filename, filename2);
    }

    @TruffleBoundary
    private static PException create(int errno, Object filename, Object filename2) {
        Object cls = TaipanContext.get(null).getBuiltinClass(Errno.exceptionType(errno));
        Object e;
        if (filename2 != null) {
            e = CallDispatch.call(cls, (long) errno, Errno.message(errno), filename, PNone.NONE, filename2);
        } else if (filename != null) {
            e = CallDispatch.call(cls, (long) errno, Errno.message(errno), filename);
        } else {
            e = CallDispatch.call(cls, (long) errno, Errno.message(errno));
        }
        return new PException((PBaseException) e, null);
    }

    /** The OSError for a JDK I/O failure on {@code filename} (null when there is none). */
    public static PException fromIO(IOException ex, Object filename) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return create(errnoOf(ex), filename, null);
    }

    public static PException fromIO(IOException ex, Object filename, Object filename2) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return create(errnoOf(ex), filename, filename2);
    }

    /** The errno a JDK exception stands for. */
    @TruffleBoundary
    public static int errnoOf(IOException ex) {
        if (ex instanceof NoSuchFileException) {
            return Errno.ENOENT;
        }
        if (ex instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        }
        if (ex instanceof AccessDeniedException) {
            return Errno.EACCES;
        }
        if (ex instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        }
        if (ex instanceof NotDirectoryException) {
            return Errno.ENOTDIR;
        }
        if (ex instanceof NotLinkException) {
            return Errno.EINVAL;
        }
        if (ex instanceof FileSystemLoopException) {
            return Errno.ELOOP;
        }
        String reason = ex instanceof FileSystemException fse ? fse.getReason() : ex.getMessage();
        int code = Errno.fromMessage(reason);
        if (code < 0 && reason != null) {
            // messages like "Is a directory" may come with a path prefix or errno suffix
            for (int c = 1; c < 134; c++) {
                String m = Errno.message(c);
                if (!m.startsWith("Unknown") && reason.contains(m)) {
                    return c;
                }
            }
        }
        return code < 0 ? Errno.EIO : code;
    }

    /** None-or-value helper for optional filenames. */
    public static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }
}
