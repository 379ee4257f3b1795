package dev.taipan.runtime.os;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.codecs.StandardCodecs;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PPrimitiveObject;

/** Path arguments of os functions: str, bytes or os.PathLike, as CPython's path_converter. */
public final class PathArgs {
    private PathArgs() {
    }

    /** os.fspath: str and bytes unchanged, otherwise the result of {@code __fspath__}. */
    @TruffleBoundary
    public static Object fspath(Object o) {
        if (o instanceof String || o instanceof PBytes) {
            return o;
        }
        if (PPrimitiveObject.strValue(o) != null) {
            return o;
        }
        Object m = PyObjectGetClass.get(o).lookup("__fspath__");
        if (m == null) {
            throw PythonErrors.typeError("expected str, bytes or os.PathLike object, not %s", PyObjectGetClass.typeName(o));
        }
        Object r = CallDispatch.callMethod(m, o);
        if (r instanceof String || r instanceof PBytes || PPrimitiveObject.strValue(r) != null) {
            return r;
        }
        throw PythonErrors.typeError("expected %s.__fspath__() to return str or bytes, not %s", PyObjectGetClass.typeName(o), PyObjectGetClass.typeName(r));
    }

    /** The path as a Java string (bytes decoded as UTF-8 with surrogateescape). */
    @TruffleBoundary
    public static String toJava(Object o, String func, String arg) {
        Object p;
        try {
            p = fspath(o);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            if (o instanceof PByteArray || o == dev.taipan.runtime.objects.PNone.NONE || o instanceof Long || o instanceof Boolean) {
                throw PythonErrors.typeError("%s: %s should be string, bytes or os.PathLike, not %s", func, arg, PyObjectGetClass.typeName(o));
            }
            if (PyObjectGetClass.get(o).lookup("__fspath__") == null) {
                throw PythonErrors.typeError("%s: %s should be string, bytes or os.PathLike, not %s", func, arg, PyObjectGetClass.typeName(o));
            }
            throw e;
        }
        String s;
        if (p instanceof PBytes b) {
            s = fromBytes(b.bytes());
            if (s.indexOf('\0') >= 0) {
                throw PythonErrors.valueError("%s: embedded null character in %s", func, arg);
            }
        } else {
            s = p instanceof String str ? str : PPrimitiveObject.strValue(p);
            if (s.indexOf('\0') >= 0) {
                throw PythonErrors.valueError("%s: embedded null character in %s", func, arg);
            }
        }
        return s;
    }

    /** Whether the path argument is a bytes path (results then are bytes too). */
    @TruffleBoundary
    public static boolean isBytes(Object o) {
        return o instanceof PBytes || (!(o instanceof String) && PPrimitiveObject.strValue(o) == null && fspath(o) instanceof PBytes);
    }

    @TruffleBoundary
    public static String fromBytes(byte[] b) {
        return StandardCodecs.decode(b, CodecNames.UTF_8, "surrogateescape");
    }

    @TruffleBoundary
    public static PBytes toBytes(String s) {
        return new PBytes(StandardCodecs.encode(s, CodecNames.UTF_8, "surrogateescape"));
    }

    /** The Java path for {@code s}, resolved against the emulated current directory. */
    @TruffleBoundary
    public static Path resolve(String s, Object filename) {
        if (s.isEmpty()) {
            throw OsErrors.raise(Errno.ENOENT, filename);
        }
        try {
            Path p = OsState.get().resolve(s);
            // the JDK drops a trailing slash; POSIX then requires a directory
            if (s.length() > 1 && s.endsWith("/") && java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw OsErrors.raise(Errno.ENOTDIR, filename);
            }
            return p;
        } catch (InvalidPathException e) {
            throw OsErrors.raise(Errno.ENOENT, filename);
        }
    }

    /** Resolves a path argument of function {@code func}. */
    @TruffleBoundary
    public static Path path(Object o, String func, String arg) {
        return resolve(toJava(o, func, arg), o);
    }

    /** A path in the argument's flavour: str or bytes. */
    public static Object result(String s, boolean bytes) {
        return bytes ? toBytes(s) : s;
    }
}
