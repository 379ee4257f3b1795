package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonVarargsBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.binascii.Crc;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.zlib.Adler32;
import dev.taipan.runtime.zlib.PCompress;
import dev.taipan.runtime.zlib.PDecompress;
import dev.taipan.runtime.zlib.ZlibContainer;

/** {@code zlib} over the JDK's java.util.zip (which is zlib itself): deflate streams and checksums. */
public final class ZlibModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(ZlibModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("error", ctx.getBuiltinClass(BuiltinType.ZLIB_ERROR));
        m.setAttribute("Compress", ctx.getBuiltinClass(BuiltinType.ZLIB_COMPRESS));
        m.setAttribute("Decompress", ctx.getBuiltinClass(BuiltinType.ZLIB_DECOMPRESS));
        m.setAttribute("_ZlibDecompressor", ctx.getBuiltinClass(BuiltinType.ZLIB_DECOMPRESSOR));
        Object[][] constants = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L},
                        {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L},
                        {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L},
                        {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L},
                        {"Z_BLOCK", 5L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.3.1"}, {"ZLIB_RUNTIME_VERSION", "1.3.1"}};
        for (Object[] c : constants) {
            m.setAttribute((String) c[0], c[1]);
        }
    }

    static long intArg(Object o, long dflt) {
        return o == PNone.NO_VALUE ? dflt : PyNumberConvert.asSize(o, BuiltinType.OVERFLOW_ERROR);
    }

    static byte[] zdict(Object o) {
        if (o == PNone.NO_VALUE || o == PNone.NONE) {
            return null;
        }
        byte[] b = BytesLike.bytesOrNull(o);
        if (b == null) {
            throw PythonErrors.typeError("zdict argument must support the buffer protocol");
        }
        return b;
    }

    @TruffleBoundary
    static PCompress compressor(long level, long method, long wbits, long memLevel, long strategy, byte[] zdict, boolean forObject) {
        if (level < -1 || level > 9) {
            throw forObject ? ZlibContainer.invalidInit() : PythonErrors.raise(BuiltinType.ZLIB_ERROR, "Bad compression level");
        }
        if (method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            throw ZlibContainer.invalidInit();
        }
        return new PCompress((int) level, ZlibContainer.forCompress(wbits), (int) strategy, zdict);
    }

    @Builtin(name = "compress", params = {"data", "level", "wbits"}, posOnly = 1, required = 1)
    @GenerateNodeFactory
    public abstract static class CompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object level, Object wbits) {
            PCompress c = compressor(intArg(level, -1), 8, intArg(wbits, 15), 8, 0, null, false);
            byte[] head = c.compress(BytesLike.require(data));
            byte[] tail = c.flush(PCompress.Z_FINISH);
            byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, all, head.length, tail.length);
            return new PBytes(all);
        }
    }

    @Builtin(name = "decompress", params = {"data", "wbits", "bufsize"}, posOnly = 1, required = 1)
    @GenerateNodeFactory
    public abstract static class DecompressNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object wbits, Object bufsize) {
            if (intArg(bufsize, 16384) < 0) {
                throw PythonErrors.valueError("bufsize must be non-negative");
            }
            PDecompress d = new PDecompress(ZlibContainer.forDecompress(intArg(wbits, 15)), null);
            byte[] out = d.decompress(BytesLike.require(data), 0);
            if (!d.isEof()) {
                throw PDecompress.truncated();
            }
            return new PBytes(out);
        }
    }

    @Builtin(name = "compressobj", params = {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class CompressObjNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object[] p) {
            return compressor(intArg(p[0], -1), intArg(p[1], 8), intArg(p[2], 15), intArg(p[3], 8), intArg(p[4], 0), zdict(p[5]), true);
        }
    }

    @Builtin(name = "decompressobj", params = {"wbits", "zdict"}, posOnly = 0, required = 0)
    @GenerateNodeFactory
    public abstract static class DecompressObjNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object wbits, Object zdict) {
            return PDecompress.forObject(intArg(wbits, 15), zdict(zdict));
        }
    }

    @Builtin(name = "crc32", params = {"data", "value"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Crc32Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object value) {
            return Crc.crc32(BytesLike.require(data), value == PNone.NO_VALUE ? 0 : IntMath.big(PyNumberConvert.index(value)).intValue());
        }
    }

    @Builtin(name = "adler32", params = {"data", "value"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Adler32Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object value) {
            long start = value == PNone.NO_VALUE ? 1 : IntMath.big(PyNumberConvert.index(value)).longValue() & 0xffffffffL;
            return Adler32.update(start, BytesLike.require(data));
        }
    }
}
