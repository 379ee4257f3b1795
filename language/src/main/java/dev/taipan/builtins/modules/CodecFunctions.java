package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.codecs.PartialInput;
import dev.taipan.runtime.codecs.StandardCodecs;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * The per-codec functions of {@code _codecs}: {@code X_encode(str, errors)} returns
 * (bytes, characters consumed) and {@code X_decode(data, errors, final)} returns
 * (str, bytes consumed), keeping an incomplete trailing character when {@code final} is false.
 */
public final class CodecFunctions {
    private CodecFunctions() {
    }

    @TruffleBoundary
    static Object encode(Object s, Object errors, CodecNames codec, String function) {
        String str = CodecsModule.str(s, function, 1);
        return PTuple.of(new PBytes(StandardCodecs.encode(str, codec, CodecsModule.errors(errors))), (long) str.codePointCount(0, str.length()));
    }

    @TruffleBoundary
    static Object decode(Object data, Object errors, Object isFinal, CodecNames codec) {
        byte[] in = BytesLike.require(data);
        int keep = CodecsModule.isTrue(isFinal) ? 0 : PartialInput.incompleteTail(in, codec);
        byte[] part = keep == 0 ? in : java.util.Arrays.copyOf(in, in.length - keep);
        return PTuple.of(StandardCodecs.decode(part, codec, CodecsModule.errors(errors)), (long) part.length);
    }

    abstract static class EncodeNode extends PythonBinaryBuiltinNode {
        CodecNames codec() {
            throw new IllegalStateException("each codec function names its codec");
        }

        @Specialization
        Object doEncode(Object s, Object errors) {
            return encode(s, errors, codec(), codec().name().toLowerCase() + "_encode");
        }
    }

    abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        CodecNames codec() {
            throw new IllegalStateException("each codec function names its codec");
        }

        @Specialization
        Object doDecode(Object data, Object errors, Object isFinal) {
            return decode(data, errors, isFinal, codec());
        }
    }

    @Builtin(name = "utf_8_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf8EncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_8;
        }
    }

    @Builtin(name = "utf_8_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf8DecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_8;
        }
    }

    @Builtin(name = "ascii_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class AsciiEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.ASCII;
        }
    }

    @Builtin(name = "ascii_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class AsciiDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.ASCII;
        }
    }

    @Builtin(name = "latin_1_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Latin1EncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.LATIN_1;
        }
    }

    @Builtin(name = "latin_1_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Latin1DecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.LATIN_1;
        }
    }

    @Builtin(name = "unicode_escape_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class UnicodeEscapeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UNICODE_ESCAPE;
        }
    }

    @Builtin(name = "unicode_escape_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class UnicodeEscapeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UNICODE_ESCAPE;
        }
    }

    @Builtin(name = "raw_unicode_escape_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RawUnicodeEscapeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.RAW_UNICODE_ESCAPE;
        }
    }

    @Builtin(name = "raw_unicode_escape_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RawUnicodeEscapeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.RAW_UNICODE_ESCAPE;
        }
    }

    @Builtin(name = "utf_16_le_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16LeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_16_LE;
        }
    }

    @Builtin(name = "utf_16_le_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16LeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_16_LE;
        }
    }

    @Builtin(name = "utf_16_be_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16BeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_16_BE;
        }
    }

    @Builtin(name = "utf_16_be_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16BeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_16_BE;
        }
    }

    @Builtin(name = "utf_32_le_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32LeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_32_LE;
        }
    }

    @Builtin(name = "utf_32_le_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32LeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_32_LE;
        }
    }

    @Builtin(name = "utf_32_be_encode", params = {"str", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32BeEncodeNode extends EncodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_32_BE;
        }
    }

    @Builtin(name = "utf_32_be_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32BeDecodeNode extends DecodeNode {
        @Override
        CodecNames codec() {
            return CodecNames.UTF_32_BE;
        }
    }

    // utf-16/utf-32 with a byte order: -1 little, 1 big, 0 native with a BOM written / detected

    @TruffleBoundary
    static Object encodeWide(Object s, Object errors, Object byteorder, int unit) {
        long order = byteorder == PNone.NO_VALUE ? 0 : (Long) byteorder;
        CodecNames codec = order == 0 ? (unit == 2 ? CodecNames.UTF_16 : CodecNames.UTF_32)
                        : order < 0 ? (unit == 2 ? CodecNames.UTF_16_LE : CodecNames.UTF_32_LE) : (unit == 2 ? CodecNames.UTF_16_BE : CodecNames.UTF_32_BE);
        return encode(s, errors, codec, unit == 2 ? "utf_16_encode" : "utf_32_encode");
    }

    /** (str, consumed, byteorder) after reading an optional BOM (CPython's utf_16_ex_decode). */
    @TruffleBoundary
    static Object decodeWideEx(Object data, Object errors, Object byteorder, Object isFinal, int unit) {
        byte[] in = BytesLike.require(data);
        long order = byteorder == PNone.NO_VALUE ? 0 : (Long) byteorder;
        int skip = 0;
        if (order == 0 && in.length >= unit) {
            boolean le = unit == 2 ? (in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe
                            : (in[0] & 0xff) == 0xff && (in[1] & 0xff) == 0xfe && in[2] == 0 && in[3] == 0;
            boolean be = unit == 2 ? (in[0] & 0xff) == 0xfe && (in[1] & 0xff) == 0xff
                            : in[0] == 0 && in[1] == 0 && (in[2] & 0xff) == 0xfe && (in[3] & 0xff) == 0xff;
            if (le || be) {
                order = le ? -1 : 1;
                skip = unit;
            }
        }
        CodecNames codec = order > 0 ? (unit == 2 ? CodecNames.UTF_16_BE : CodecNames.UTF_32_BE) : (unit == 2 ? CodecNames.UTF_16_LE : CodecNames.UTF_32_LE);
        PTuple r = (PTuple) decode(new PBytes(java.util.Arrays.copyOfRange(in, skip, in.length)), errors, isFinal, codec);
        return PTuple.of(r.get(0), (Long) r.get(1) + skip, order);
    }

    @Builtin(name = "utf_16_encode", params = {"str", "errors", "byteorder"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object s, Object errors, Object byteorder) {
            return encodeWide(s, errors, byteorder, 2);
        }
    }

    @Builtin(name = "utf_32_encode", params = {"str", "errors", "byteorder"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object s, Object errors, Object byteorder) {
            return encodeWide(s, errors, byteorder, 4);
        }
    }

    @Builtin(name = "utf_16_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object errors, Object isFinal) {
            PTuple r = (PTuple) decodeWideEx(data, errors, PNone.NO_VALUE, isFinal, 2);
            return PTuple.of(r.get(0), r.get(1));
        }
    }

    @Builtin(name = "utf_32_decode", params = {"data", "errors", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object errors, Object isFinal) {
            PTuple r = (PTuple) decodeWideEx(data, errors, PNone.NO_VALUE, isFinal, 4);
            return PTuple.of(r.get(0), r.get(1));
        }
    }

    @Builtin(name = "utf_16_ex_decode", params = {"data", "errors", "byteorder", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf16ExDecodeNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object errors, Object byteorder, Object isFinal) {
            return decodeWideEx(data, errors, byteorder, isFinal, 2);
        }
    }

    @Builtin(name = "utf_32_ex_decode", params = {"data", "errors", "byteorder", "final"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Utf32ExDecodeNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object errors, Object byteorder, Object isFinal) {
            return decodeWideEx(data, errors, byteorder, isFinal, 4);
        }
    }


}
