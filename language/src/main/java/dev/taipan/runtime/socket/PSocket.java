package dev.taipan.runtime.socket;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A _socket.socket object: a descriptor in the process's fd table (where os.close and select
 * find the {@link SocketFile} too) with the family, type, protocol and timeout CPython keeps
 * on the object.
 */
public final class PSocket extends PythonObject {
    public int fd = -1;
    public int family = SocketAddresses.AF_INET;
    public int type = SocketFile.SOCK_STREAM;
    public int proto;
    /** Seconds; negative means None (blocking), 0 non-blocking. */
    public double timeout = -1;

    public PSocket(PythonClass cls) {
        super(cls);
    }

    /** The open socket behind this object, or OSError EBADF once it was closed or detached. */
    public SocketFile file() {
        if (fd >= 0 && OsState.get().get(fd) instanceof SocketFile s && !s.isClosed()) {
            return s;
        }
        throw SocketErrors.raise(Errno.EBADF);
    }

    /** The timeout in nanoseconds as {@link SocketFile} takes it. */
    public long timeoutNanos() {
        return timeout < 0 ? -1 : (long) Math.ceil(timeout * 1e9);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SOCKET;
    }
}
