package dev.taipan.runtime.os;

import java.util.HashMap;
import java.util.Map;

import dev.taipan.runtime.types.BuiltinType;

/** Linux errno values the VM reports, their strerror texts and the OSError subclass for each. */
public final class Errno {
    private Errno() {
    }

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int ECHILD = 10;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int EPIPE = 32;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    private static final Map<Integer, String> MESSAGES = new HashMap<>();
    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    private static void msg(int code, String text) {
        MESSAGES.put(code, text);
        BY_MESSAGE.put(text, code);
    }

    static {
        msg(1, "Operation not permitted");
        msg(2, "No such file or directory");
        msg(3, "No such process");
        msg(4, "Interrupted system call");
        msg(5, "Input/output error");
        msg(6, "No such device or address");
        msg(7, "Argument list too long");
        msg(8, "Exec format error");
        msg(9, "Bad file descriptor");
        msg(10, "No child processes");
        msg(11, "Resource temporarily unavailable");
        msg(12, "Cannot allocate memory");
        msg(13, "Permission denied");
        msg(14, "Bad address");
        msg(16, "Device or resource busy");
        msg(17, "File exists");
        msg(18, "Invalid cross-device link");
        msg(19, "No such device");
        msg(20, "Not a directory");
        msg(21, "Is a directory");
        msg(22, "Invalid argument");
        msg(23, "Too many open files in system");
        msg(24, "Too many open files");
        msg(25, "Inappropriate ioctl for device");
        msg(26, "Text file busy");
        msg(27, "File too large");
        msg(28, "No space left on device");
        msg(29, "Illegal seek");
        msg(30, "Read-only file system");
        msg(31, "Too many links");
        msg(32, "Broken pipe");
        msg(33, "Numerical argument out of domain");
        msg(34, "Numerical result out of range");
        msg(35, "Resource deadlock avoided");
        msg(36, "File name too long");
        msg(38, "Function not implemented");
        msg(39, "Directory not empty");
        msg(40, "Too many levels of symbolic links");
        msg(88, "Socket operation on non-socket");
        msg(89, "Destination address required");
        msg(90, "Message too long");
        msg(92, "Protocol not available");
        msg(93, "Protocol not supported");
        msg(94, "Socket type not supported");
        msg(95, "Operation not supported");
        msg(97, "Address family not supported by protocol");
        msg(98, "Address already in use");
        msg(99, "Cannot assign requested address");
        msg(100, "Network is down");
        msg(101, "Network is unreachable");
        msg(102, "Network dropped connection on reset");
        msg(103, "Software caused connection abort");
        msg(104, "Connection reset by peer");
        msg(105, "No buffer space available");
        msg(106, "Transport endpoint is already connected");
        msg(107, "Transport endpoint is not connected");
        msg(108, "Cannot send after transport endpoint shutdown");
        msg(110, "Connection timed out");
        msg(111, "Connection refused");
        msg(112, "Host is down");
        msg(113, "No route to host");
        msg(114, "Operation already in progress");
        msg(115, "Operation now in progress");
    }

    /** CPython's os.strerror text. */
    public static String message(int code) {
        String m = MESSAGES.get(code);
        return m != null ? m : "Unknown error " + code;
    }

    /** The errno whose strerror text is {@code text} (as the JDK reports in FileSystemException reasons), or -1. */
    public static int fromMessage(String text) {
        Integer c = text == null ? null : BY_MESSAGE.get(text);
        return c == null ? -1 : c;
    }

    /** The OSError subclass CPython raises for {@code errno} (PEP 3151). */
    public static BuiltinType exceptionType(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> BuiltinType.BLOCKING_IO_ERROR;
            case 10 -> BuiltinType.CHILD_PROCESS_ERROR;
            case 32, 108 -> BuiltinType.BROKEN_PIPE_ERROR;
            case 103 -> BuiltinType.CONNECTION_ABORTED_ERROR;
            case 111 -> BuiltinType.CONNECTION_REFUSED_ERROR;
            case 104 -> BuiltinType.CONNECTION_RESET_ERROR;
            case 17 -> BuiltinType.FILE_EXISTS_ERROR;
            case 2 -> BuiltinType.FILE_NOT_FOUND_ERROR;
            case 21 -> BuiltinType.IS_A_DIRECTORY_ERROR;
            case 20 -> BuiltinType.NOT_A_DIRECTORY_ERROR;
            case 4 -> BuiltinType.INTERRUPTED_ERROR;
            case 1, 13 -> BuiltinType.PERMISSION_ERROR;
            case 3 -> BuiltinType.PROCESS_LOOKUP_ERROR;
            case 110 -> BuiltinType.TIMEOUT_ERROR;
            default -> BuiltinType.OS_ERROR;
        };
    }
}
