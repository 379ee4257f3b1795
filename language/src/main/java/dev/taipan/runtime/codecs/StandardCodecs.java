package dev.taipan.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The codecs the VM implements itself (see {@link CodecNames}), with every builtin error handler. */
public final class StandardCodecs {
    private StandardCodecs() {
    }

    @TruffleBoundary
    public static String decode(byte[] in, CodecNames codec, String errors) {
        return switch (codec) {
            case UTF_8 -> Utf8Codec.decode(in, errors);
            case UTF_8_SIG -> Utf8Codec.decode(hasUtf8Bom(in) ? java.util.Arrays.copyOfRange(in, 3, in.length) : in, errors);
            case ASCII -> SingleByteCodecs.decodeAscii(in, errors);
            case LATIN_1 -> SingleByteCodecs.decodeLatin1(in);
            case UTF_16 -> WideCodecs.decode(in, errors, 2, null);
            case UTF_16_LE -> WideCodecs.decode(in, errors, 2, false);
            case UTF_16_BE -> WideCodecs.decode(in, errors, 2, true);
            case UTF_32 -> WideCodecs.decode(in, errors, 4, null);
            case UTF_32_LE -> WideCodecs.decode(in, errors, 4, false);
            case UTF_32_BE -> WideCodecs.decode(in, errors, 4, true);
            case UNICODE_ESCAPE -> EscapeCodecs.decode(in, errors, false);
            case RAW_UNICODE_ESCAPE -> EscapeCodecs.decode(in, errors, true);
        };
    }

    private static boolean hasUtf8Bom(byte[] in) {
        return in.length >= 3 && (in[0] & 0xff) == 0xef && (in[1] & 0xff) == 0xbb && (in[2] & 0xff) == 0xbf;
    }

    @TruffleBoundary
    public static byte[] encode(String s, CodecNames codec, String errors) {
        return switch (codec) {
            case UTF_8 -> Utf8Codec.encode(s, errors);
            case UTF_8_SIG -> dev.taipan.runtime.bytes.BytesOps.concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, Utf8Codec.encode(s, errors));
            case ASCII -> SingleByteCodecs.encode(s, errors, false);
            case LATIN_1 -> SingleByteCodecs.encode(s, errors, true);
            case UTF_16 -> WideCodecs.encode(s, errors, 2, null);
            case UTF_16_LE -> WideCodecs.encode(s, errors, 2, false);
            case UTF_16_BE -> WideCodecs.encode(s, errors, 2, true);
            case UTF_32 -> WideCodecs.encode(s, errors, 4, null);
            case UTF_32_LE -> WideCodecs.encode(s, errors, 4, false);
            case UTF_32_BE -> WideCodecs.encode(s, errors, 4, true);
            case UNICODE_ESCAPE -> EscapeCodecs.encode(s, false);
            case RAW_UNICODE_ESCAPE -> EscapeCodecs.encode(s, true);
        };
    }
}
