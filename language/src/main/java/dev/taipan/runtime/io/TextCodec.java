package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.codecs.StandardCodecs;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Incremental decoding and encoding for TextIOWrapper over the VM's stateless codecs: holds back
 * an incomplete multi-byte sequence until more input arrives, and emits a BOM only once.
 */
public final class TextCodec {
    private CodecNames codec;
    private final String errors;
    private byte[] pending = new byte[0];
    private boolean encodeStarted;

    /** A JDK charset for encodings the VM has no codec of its own for (cp1252, iso8859_15, ...). */
    private java.nio.charset.Charset charset;
    private java.nio.charset.CharsetDecoder charsetDecoder;
    private String encodingName;

    public TextCodec(CodecNames codec, String errors) {
        this.codec = codec;
        this.errors = errors;
    }

    /** The codec for {@code encoding}: the VM's own, else a JDK charset; LookupError otherwise. */
    @TruffleBoundary
    public static TextCodec forEncoding(String encoding, String errors) {
        CodecNames c = CodecNames.lookup(encoding);
        if (c != null) {
            return new TextCodec(c, errors);
        }
        java.nio.charset.Charset cs = JdkCharsets.lookup(encoding);
        if (cs == null) {
            throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
        TextCodec t = new TextCodec(null, errors);
        t.charset = cs;
        // single-byte codecs are 'charmap' codecs in CPython's error messages
        t.encodingName = cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f ? "charmap" : encoding;
        return t;
    }

    /** The codec for {@code encoding}; LookupError for unknown ones. */
    @TruffleBoundary
    public static CodecNames lookup(String encoding) {
        CodecNames c = CodecNames.lookup(encoding);
        if (c == null) {
            throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
        return c;
    }

    public int pendingLength() {
        return pending.length;
    }

    public void reset() {
        pending = new byte[0];
        charsetDecoder = null;
    }

    /** Marks the encoder as past the start of the stream (no BOM any more). */
    public void setEncodeStarted(boolean started) {
        encodeStarted = started;
    }

    @TruffleBoundary
    public String decode(byte[] input, boolean last) {
        if (charset != null) {
            return decodeCharset(input, last);
        }
        byte[] all = input;
        if (pending.length > 0) {
            all = new byte[pending.length + input.length];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(input, 0, all, pending.length, input.length);
        }
        int complete = last ? all.length : completePrefix(all);
        byte[] now = complete == all.length ? all : java.util.Arrays.copyOf(all, complete);
        pending = java.util.Arrays.copyOfRange(all, complete, all.length);
        if (now.length == 0) {
            return "";
        }
        if (codec == CodecNames.UTF_8 && isAscii(now)) {
            return new String(now, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        CodecNames used = codec;
        String s = StandardCodecs.decode(now, used, errors);
        // after the start of the stream the BOM has been seen: continue in the fixed byte order
        switch (used) {
            case UTF_8_SIG -> codec = CodecNames.UTF_8;
            case UTF_16 -> codec = now.length >= 2 && (now[0] & 0xff) == 0xfe && (now[1] & 0xff) == 0xff ? CodecNames.UTF_16_BE : CodecNames.UTF_16_LE;
            case UTF_32 -> codec = now.length >= 4 && now[0] == 0 && now[1] == 0 && (now[2] & 0xff) == 0xfe ? CodecNames.UTF_32_BE : CodecNames.UTF_32_LE;
            default -> {
            }
        }
        return s;
    }

    private int completePrefix(byte[] b) {
        int n = b.length;
        switch (codec) {
            case UTF_8, UTF_8_SIG -> {
                for (int back = 1; back <= 3 && back <= n; back++) {
                    int c = b[n - back] & 0xff;
                    if ((c & 0xc0) == 0x80) {
                        continue;
                    }
                    int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
                    return need > back ? n - back : n;
                }
                return n;
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                int m = n - (n % 2);
                if (m >= 2) {
                    boolean be = codec == CodecNames.UTF_16_BE;
                    int hi = be ? b[m - 2] & 0xff : b[m - 1] & 0xff;
                    if (hi >= 0xd8 && hi <= 0xdb) {
                        m -= 2;
                    }
                }
                return m;
            }
            case UTF_32, UTF_32_LE, UTF_32_BE -> {
                return n - (n % 4);
            }
            default -> {
                return n;
            }
        }
    }

    @TruffleBoundary
    public byte[] encode(String s) {
        if (charset != null) {
            return JdkCharsets.encode(charset, encodingName, s, errors);
        }
        if ((codec == CodecNames.UTF_8 || codec == CodecNames.ASCII || codec == CodecNames.LATIN_1) && isAscii(s)) {
            return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        CodecNames c = codec;
        if (encodeStarted) {
            c = switch (codec) {
                case UTF_8_SIG -> CodecNames.UTF_8;
                case UTF_16 -> CodecNames.UTF_16_LE;
                case UTF_32 -> CodecNames.UTF_32_LE;
                default -> codec;
            };
        }
        byte[] r = StandardCodecs.encode(s, c, errors);
        if (!s.isEmpty()) {
            encodeStarted = true;
        }
        return r;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The encoded length of {@code s} without BOM (for tell()). */
    @TruffleBoundary
    public long encodedLength(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        if (charset != null) {
            return JdkCharsets.encode(charset, encodingName, s, "replace").length;
        }
        CodecNames c = switch (codec) {
            case UTF_8_SIG -> CodecNames.UTF_8;
            case UTF_16 -> CodecNames.UTF_16_LE;
            case UTF_32 -> CodecNames.UTF_32_LE;
            default -> codec;
        };
        if (c == CodecNames.LATIN_1 || c == CodecNames.ASCII || (c == CodecNames.UTF_8 && isAscii(s))) {
            return s.length();
        }
        return StandardCodecs.encode(s, c, "surrogateescape".equals(errors) ? errors : "surrogatepass").length;
    }

    /** Streaming decode with a JDK decoder: an incomplete sequence at the end stays pending. */
    private String decodeCharset(byte[] input, boolean last) {
        if (charsetDecoder == null) {
            charsetDecoder = charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        }
        byte[] all = input;
        if (pending.length > 0) {
            all = new byte[pending.length + input.length];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(input, 0, all, pending.length, input.length);
        }
        String r = JdkCharsets.decode(charsetDecoder, encodingName, all, errors, last);
        int consumed = JdkCharsets.lastConsumed();
        pending = java.util.Arrays.copyOfRange(all, consumed, all.length);
        return r;
    }
}
