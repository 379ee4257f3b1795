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
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.binascii.Base64Codec;
import dev.taipan.runtime.binascii.Crc;
import dev.taipan.runtime.binascii.UuCodec;
import dev.taipan.runtime.bytes.BytesHex;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code binascii}: hex, base64 and CRC conversions between binary data and ASCII. */
public final class BinasciiModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "binascii";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(BinasciiModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("Error", ctx.getBuiltinClass(BuiltinType.BINASCII_ERROR));
        m.setAttribute("Incomplete", ctx.getBuiltinClass(BuiltinType.BINASCII_INCOMPLETE));
        m.setAttribute("__doc__", "Conversion between binary data and ASCII");
    }

    /** The a2b_* input: bytes-like, or a str of ASCII characters only. */
    @TruffleBoundary
    static byte[] asciiData(Object o) {
        String s = StrBuiltins.asString(o);
        if (s != null) {
            byte[] out = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 127) {
                    throw PythonErrors.valueError("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        return BytesLike.require(o, "argument should be bytes, buffer or ASCII string, not '%s'");
    }

    /** An unsigned 32-bit start value (CPython's 'I' converter: low bits of any int). */
    static int startValue(Object o) {
        if (o == PNone.NO_VALUE) {
            return 0;
        }
        if (o instanceof Double) {
            throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
        }
        return IntMath.big(PyNumberConvert.index(o)).intValue();
    }

    static PBytes ascii(String s) {
        return new PBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @TruffleBoundary
    static Object unhex(Object data) {
        byte[] in = asciiData(data);
        if (in.length % 2 != 0) {
            throw PythonErrors.raise(BuiltinType.BINASCII_ERROR, "Odd-length string");
        }
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(in[2 * i], 16);
            int lo = Character.digit(in[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw PythonErrors.raise(BuiltinType.BINASCII_ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PBytes(out);
    }

    @Builtin(name = "hexlify", params = {"data", "sep", "bytes_per_sep"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class HexlifyNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object sep, Object perSep) {
            return ascii(BytesHex.hex(BytesLike.require(data), sep, perSep));
        }
    }

    @Builtin(name = "b2a_hex", params = {"data", "sep", "bytes_per_sep"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class B2aHexNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object sep, Object perSep) {
            return ascii(BytesHex.hex(BytesLike.require(data), sep, perSep));
        }
    }

    @Builtin(name = "unhexlify", params = {"hexstr"})
    @GenerateNodeFactory
    public abstract static class UnhexlifyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object data) {
            return unhex(data);
        }
    }

    @Builtin(name = "a2b_hex", params = {"hexstr"})
    @GenerateNodeFactory
    public abstract static class A2bHexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object data) {
            return unhex(data);
        }
    }

    @Builtin(name = "b2a_base64", params = {"data"}, kwOnly = {"newline"}, required = 1)
    @GenerateNodeFactory
    public abstract static class B2aBase64Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object newline) {
            boolean nl = newline == PNone.NO_VALUE || PyObjectIsTrue.execute(newline);
            return new PBytes(Base64Codec.encode(BytesLike.require(data), nl));
        }
    }

    @Builtin(name = "a2b_base64", params = {"data"}, kwOnly = {"strict_mode"}, required = 1)
    @GenerateNodeFactory
    public abstract static class A2bBase64Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object strict) {
            boolean s = strict != PNone.NO_VALUE && PyObjectIsTrue.execute(strict);
            return new PBytes(Base64Codec.decode(asciiData(data), s));
        }
    }

    @Builtin(name = "b2a_uu", params = {"data"}, kwOnly = {"backtick"}, required = 1)
    @GenerateNodeFactory
    public abstract static class B2aUuNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object backtick) {
            boolean bt = backtick != PNone.NO_VALUE && PyObjectIsTrue.execute(backtick);
            return new PBytes(UuCodec.encode(BytesLike.require(data), bt));
        }
    }

    @Builtin(name = "a2b_uu", params = {"data"})
    @GenerateNodeFactory
    public abstract static class A2bUuNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data) {
            return new PBytes(UuCodec.decode(asciiData(data)));
        }
    }

    @Builtin(name = "crc32", params = {"data", "crc"}, required = 1)
    @GenerateNodeFactory
    public abstract static class Crc32Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object crc) {
            return Crc.crc32(BytesLike.require(data), startValue(crc));
        }
    }

    @Builtin(name = "crc_hqx", params = {"data", "crc"})
    @GenerateNodeFactory
    public abstract static class CrcHqxNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object crc) {
            return Crc.crcHqx(BytesLike.require(data), startValue(crc));
        }
    }

}
