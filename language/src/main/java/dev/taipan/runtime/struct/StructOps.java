package dev.taipan.runtime.struct;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PMemoryView;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * What Struct methods and the module functions of {@code _struct} share: format lookup (with
 * a cache like CPython's), argument-count and buffer-size checks and their messages.
 */
public final class StructOps {
    private static final int CACHE_LIMIT = 100;
    private static final Map<String, StructLayout> CACHE = new LinkedHashMap<>();

    private StructOps() {
    }

    /** The format of {@code Struct(format)}: a str or bytes object. */
    @TruffleBoundary
    public static StructLayout compile(Object format) {
        String text;
        if (format instanceof PBytes b) {
            text = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            text = dev.taipan.builtins.types.StrBuiltins.asString(format);
            if (text == null) {
                throw PythonErrors.typeError("Struct() argument 1 must be a str or bytes object, not %s", PyObjectGetClass.typeName(format));
            }
        }
        synchronized (CACHE) {
            StructLayout l = CACHE.get(text);
            if (l == null) {
                l = StructLayout.compile(text);
                if (CACHE.size() >= CACHE_LIMIT) {
                    CACHE.clear();
                }
                CACHE.put(text, l);
            }
            return l;
        }
    }

    @TruffleBoundary
    public static void clearCache() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    @TruffleBoundary
    public static PBytes pack(StructLayout layout, Object[] args, int from) {
        int given = args.length - from;
        if (given != layout.count()) {
            throw StructLayout.error("pack expected %d items for packing (got %d)", layout.count(), given);
        }
        byte[] out = new byte[checkedSize(layout)];
        StructCodec.pack(layout, args, from, out, 0);
        return new PBytes(out);
    }

    /** pack_into(buffer, offset, *values), with {@code args[from]} the buffer. */
    @TruffleBoundary
    public static void packInto(StructLayout layout, Object[] args, int from) {
        int n = args.length - from;
        if (n != layout.count() + 2) {
            if (n == 0) {
                throw PythonErrors.typeError("pack_into expected buffer argument");
            } else if (n == 1) {
                throw PythonErrors.typeError("pack_into expected offset argument");
            }
            throw StructLayout.error("pack_into expected %d items for packing (got %d)", layout.count(), n - 2);
        }
        Object buffer = args[from];
        byte[] array;
        int base;
        int length;
        if (buffer instanceof PByteArray ba) {
            array = ba.storage();
            base = 0;
            length = ba.length();
        } else if (buffer instanceof PMemoryView mv && !mv.checkReleased().isReadonly() && mv.isContiguous()) {
            array = mv.array();
            base = mv.offset();
            length = mv.nbytes();
        } else {
            throw PythonErrors.typeError("argument must be read-write bytes-like object, not %s", PyObjectGetClass.typeName(buffer));
        }
        long offset = PyNumberConvert.asSize(args[from + 1], BuiltinType.INDEX_ERROR);
        long size = layout.size();
        if (offset < 0) {
            if (offset + size > 0) {
                throw StructLayout.error("no space to pack %d bytes at offset %d", size, offset);
            }
            if (offset + length < 0) {
                throw StructLayout.error("offset %d out of range for %d-byte buffer", offset, length);
            }
            offset += length;
        }
        if (length - offset < size) {
            throw StructLayout.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", size + offset, size, offset, length);
        }
        StructCodec.pack(layout, args, from + 2, array, base + (int) offset);
    }

    @TruffleBoundary
    public static PTuple unpack(StructLayout layout, Object buffer) {
        byte[] data = BytesLike.require(buffer);
        if (data.length != layout.size()) {
            throw StructLayout.error("unpack requires a buffer of %d bytes", layout.size());
        }
        return new PTuple(StructCodec.unpack(layout, data, 0));
    }

    @TruffleBoundary
    public static PTuple unpackFrom(StructLayout layout, Object buffer, Object offsetArg) {
        byte[] data = BytesLike.require(buffer);
        long offset = offsetArg == dev.taipan.runtime.objects.PNone.NO_VALUE ? 0 : PyNumberConvert.asSize(offsetArg, BuiltinType.INDEX_ERROR);
        long given = offset;
        int length = data.length;
        long size = layout.size();
        if (offset < 0) {
            if (offset + length < 0) {
                throw StructLayout.error("offset %d out of range for %d-byte buffer", offset, length);
            }
            offset += length;
        }
        if (length - offset < size) {
            if (given < 0) {
                throw StructLayout.error("not enough data to unpack %d bytes at offset %d", size, given);
            }
            throw StructLayout.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", size + offset, size, offset, length);
        }
        return new PTuple(StructCodec.unpack(layout, data, (int) offset));
    }

    @TruffleBoundary
    public static PStructUnpackIterator iterUnpack(StructLayout layout, Object buffer) {
        byte[] data = BytesLike.require(buffer);
        if (layout.size() == 0) {
            throw StructLayout.error("cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % layout.size() != 0) {
            throw StructLayout.error("iterative unpacking requires a buffer of a multiple of %d bytes", layout.size());
        }
        return new PStructUnpackIterator(layout, data.clone());
    }

    private static int checkedSize(StructLayout layout) {
        if (layout.size() > Integer.MAX_VALUE - 8) {
            throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
        }
        return (int) layout.size();
    }
}
