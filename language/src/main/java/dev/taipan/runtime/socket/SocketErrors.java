package dev.taipan.runtime.socket;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.os.Errno;
import dev.taipan.runtime.os.OsErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The errors of the socket module: OSError subclasses chosen by errno (what a failing system
 * call would have set), TimeoutError('timed out'), and socket.gaierror / socket.herror with the
 * resolver's codes.
 */
public final class SocketErrors {
    public static final int EAI_NONAME = -2;
    public static final int EAI_AGAIN = -3;
    public static final int EAI_FAMILY = -6;
    public static final int EAI_SOCKTYPE = -7;
    public static final int EAI_SERVICE = -8;
    public static final int EAI_ADDRFAMILY = -9;

    private SocketErrors() {
    }

    /** The errno a JDK socket failure stands for. */
    @TruffleBoundary
    public static int errnoOf(Throwable ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof ClosedChannelException) {
            return Errno.EBADF;
        } else if (ex instanceof AlreadyConnectedException) {
            return 106;
        } else if (ex instanceof NotYetConnectedException) {
            return 107;
        } else if (ex instanceof ConnectionPendingException) {
            return 114;
        } else if (ex instanceof UnsupportedAddressTypeException) {
            return 97;
        } else if (ex instanceof PortUnreachableException) {
            return 111;
        } else if (m.contains("Connection refused")) {
            return 111;
        } else if (m.contains("Connection reset")) {
            return 104;
        } else if (m.contains("Broken pipe")) {
            return 32;
        } else if (m.contains("Address already in use")) {
            return 98;
        } else if (m.contains("Cannot assign requested address")) {
            return 99;
        } else if (m.contains("Network is unreachable")) {
            return 101;
        } else if (ex instanceof NoRouteToHostException || m.contains("No route to host")) {
            return 113;
        } else if (m.contains("timed out")) {
            return 110;
        } else if (ex instanceof ConnectException) {
            return 111;
        } else if (ex instanceof BindException) {
            return 98;
        } else if (ex instanceof IOException io) {
            return OsErrors.errnoOf(io);
        }
        return Errno.EIO;
    }

    public static PException raise(int errno) {
        return OsErrors.raise(errno);
    }

    /** The OSError for a JDK failure (IOException, or a channel state exception). */
    public static PException fromJava(Exception ex) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (ex instanceof UnresolvedAddressException) {
            return gaierror(EAI_NONAME);
        }
        return OsErrors.raise(errnoOf(ex));
    }

    /** socket.timeout (an alias of TimeoutError since 3.10) with CPython's message. */
    public static PException timeout() {
        return PythonErrors.raise(BuiltinType.TIMEOUT_ERROR, "timed out");
    }

    /** A non-blocking operation that would block: BlockingIOError EAGAIN. */
    public static PException wouldBlock() {
        return OsErrors.raise(Errno.EAGAIN);
    }

    public static PException gaierror(int code) {
        return withCode(BuiltinType.SOCKET_GAIERROR, code, gaiMessage(code));
    }

    public static PException herror(int code, String message) {
        return withCode(BuiltinType.SOCKET_HERROR, code, message);
    }

    @TruffleBoundary
    private static PException withCode(BuiltinType type, int code, String message) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        Object cls = TaipanContext.get(null).getBuiltinClass(type);
        return new PException((PBaseException) CallDispatch.call(cls, (long) code, message), null);
    }

    /** glibc's gai_strerror. */
    public static String gaiMessage(int code) {
        return switch (code) {
            case -1 -> "Bad value for ai_flags";
            case EAI_NONAME -> "Name or service not known";
            case EAI_AGAIN -> "Temporary failure in name resolution";
            case -4 -> "Non-recoverable failure in name resolution";
            case EAI_FAMILY -> "ai_family not supported";
            case EAI_SOCKTYPE -> "ai_socktype not supported";
            case EAI_SERVICE -> "Servname not supported for ai_socktype";
            case EAI_ADDRFAMILY -> "Address family for hostname not supported";
            case -10 -> "Memory allocation failure";
            case -11 -> "System error";
            case -5 -> "No address associated with hostname";
            default -> "Unknown error";
        };
    }
}
