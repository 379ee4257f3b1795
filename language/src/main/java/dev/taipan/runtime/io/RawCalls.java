package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PMemoryView;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Calls from one layer of the io stack to the one below: straight to Java for the VM's own
 * FileIO, through Python method calls for anything else (subclasses, user raw streams).
 */
public final class RawCalls {
    private RawCalls() {
    }

    /** The object itself when it is a plain FileIO whose methods nobody overrode. */
    public static PFileIO plainFileIO(Object raw) {
        return raw instanceof PFileIO f && isPlain(f) ? f : null;
    }

    /** Not an instance of a Python subclass (whose methods may be overridden). */
    public static boolean isPlain(dev.taipan.runtime.objects.PythonObject o) {
        return o.getExplicitClass() == null || o.getExplicitClass().isBuiltin();
    }

    @TruffleBoundary
    public static Object method(Object obj, String name, Object... args) {
        return CallDispatch.call(GenericAttributes.getAttribute(obj, name), args);
    }

    @TruffleBoundary
    public static boolean bool(Object obj, String name) {
        return PyObjectIsTrue.execute(method(obj, name));
    }

    @TruffleBoundary
    public static boolean boolAttr(Object obj, String name) {
        return PyObjectIsTrue.execute(GenericAttributes.getAttribute(obj, name));
    }

    /** raw.readinto: bytes read, 0 at EOF, -1 when the raw stream returned None (would block). */
    @TruffleBoundary
    public static int readInto(Object raw, byte[] buf, int off, int len) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.readInto(buf, off, len);
        }
        PByteArray ba = new PByteArray(new byte[len]);
        Object r = method(raw, "readinto", PMemoryView.of(ba));
        if (r == PNone.NONE) {
            return -1;
        }
        long n = PyNumberConvert.asSize(r, BuiltinType.VALUE_ERROR);
        if (n < 0 || n > len) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len);
        }
        System.arraycopy(ba.storage(), 0, buf, off, (int) n);
        return (int) n;
    }

    /** raw.write: bytes written; -1 when None (would block). */
    @TruffleBoundary
    public static int write(Object raw, byte[] buf, int off, int len) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.write(buf, off, len);
        }
        Object r = method(raw, "write", new dev.taipan.runtime.objects.PBytes(java.util.Arrays.copyOfRange(buf, off, off + len)));
        if (r == PNone.NONE) {
            return -1;
        }
        long n = PyNumberConvert.asSize(r, BuiltinType.VALUE_ERROR);
        if (n < 0 || n > len) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len);
        }
        return (int) n;
    }

    @TruffleBoundary
    public static long seek(Object raw, long pos, int whence) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.seek(pos, whence);
        }
        long r = PyNumberConvert.asSize(method(raw, "seek", pos, (long) whence), BuiltinType.OVERFLOW_ERROR);
        if (r < 0) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "Raw stream returned invalid position %d", r);
        }
        return r;
    }

    @TruffleBoundary
    public static long tell(Object raw) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.tell();
        }
        long r = PyNumberConvert.asSize(method(raw, "tell"), BuiltinType.OVERFLOW_ERROR);
        if (r < 0) {
            throw PythonErrors.raise(BuiltinType.OS_ERROR, "Raw stream returned invalid position %d", r);
        }
        return r;
    }

    /** raw.readall(), or None. */
    @TruffleBoundary
    public static byte[] readAll(Object raw) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.readAll();
        }
        Object r = method(raw, "readall");
        if (r == PNone.NONE) {
            return null;
        }
        byte[] b = BytesLike.bytesOrNull(r);
        if (b == null) {
            throw PythonErrors.typeError("readall() should return bytes");
        }
        return b;
    }

    @TruffleBoundary
    public static boolean closed(Object raw) {
        PFileIO f = plainFileIO(raw);
        if (f != null) {
            return f.isClosed();
        }
        return boolAttr(raw, "closed");
    }

    @TruffleBoundary
    public static String typeName(Object o) {
        return PyObjectGetClass.typeName(o);
    }
}
