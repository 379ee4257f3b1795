package dev.taipan.builtins.types;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.bytes.ByteBuilder;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.codecs.ErrorHandler;
import dev.taipan.runtime.codecs.StandardCodecs;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.UnicodeErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Text encodings for {@code str.encode}, {@code bytes.decode} and {@code str(obj, encoding)}:
 * UTF-8 (also with signature), ASCII, Latin-1, UTF-16, UTF-32 and the unicode-escape codecs are the VM's own ({@link StandardCodecs}, every
 * builtin error handler); other names fall back to the Java charset of that name.
 */
public final class Codecs {
    private Codecs() {
    }

    /** {@code str(obj, encoding, errors)} / {@code obj.decode(...)}: obj must be bytes-like. */
    @TruffleBoundary
    public static String decode(Object obj, String encoding, String errors) {
        byte[] bytes = BytesLike.bytesOrNull(obj);
        if (bytes == null) {
            if (obj instanceof String || PPrimitiveObject.strValue(obj) != null) {
                throw PythonErrors.typeError("decoding str is not supported");
            }
            throw PythonErrors.typeError("decoding to str: need a bytes-like object, %s found", PyObjectGetClass.typeName(obj));
        }
        return decode(bytes, encoding, errors);
    }

    @TruffleBoundary
    public static String decode(byte[] bytes, String encoding, String errors) {
        CodecNames codec = CodecNames.lookup(encoding);
        if (codec != null) {
            return StandardCodecs.decode(bytes, codec, errors);
        }
        Charset cs = javaCharset(encoding);
        if (cs == null) {
            // the decoder sees a memoryview of the input, as in CPython
            Object r = viaRegistry(encoding, "decode", dev.taipan.runtime.objects.PMemoryView.of(new PBytes(bytes)), errors);
            if (!(r instanceof String str)) {
                throw PythonErrors.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, PyObjectGetClass.typeName(r));
            }
            return str;
        }
        return decodeWithCharset(bytes, cs, encoding, errors);
    }

    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        CodecNames codec = CodecNames.lookup(encoding);
        if (codec != null) {
            return StandardCodecs.encode(s, codec, errors);
        }
        Charset cs = javaCharset(encoding);
        if (cs == null) {
            Object r = viaRegistry(encoding, "encode", s, errors);
            byte[] b = r instanceof PBytes pb && pb.getExplicitClass() == null ? BytesLike.bytesOrNull(pb) : null;
            if (b == null) {
                throw PythonErrors.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, PyObjectGetClass.typeName(r));
            }
            return b;
        }
        return encodeWithCharset(s, cs, encoding, errors);
    }

    /** A Java charset of that name, or null. */
    private static Charset javaCharset(String encoding) {
        try {
            return Charset.forName(normalize(encoding));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * An encoding the JDK lacks (punycode, idna, a codec registered from Python): the codec
     * registry's CodecInfo, which must be a text encoding, does the work.
     */
    private static Object viaRegistry(String encoding, String direction, Object input, String errors) {
        Object info = dev.taipan.TaipanContext.get(null).getCodecRegistry().lookup(encoding);
        Object isText = GenericAttributes.lookupAttribute(info, "_is_text_encoding");
        if (isText != null && !PyObjectIsTrue.execute(isText)) {
            throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, direction);
        }
        Object fn = ((PTuple) info).get(direction.equals("encode") ? 0 : 1);
        Object r = CallDispatch.call(fn, input, errors == null ? "strict" : errors);
        if (!(r instanceof PTuple t) || t.size() != 2) {
            throw PythonErrors.typeError("%s must return a tuple (object, integer)", direction.equals("encode") ? "encoder" : "decoder");
        }
        return t.get(0);
    }

    static String normalize(String encoding) {
        return CodecNames.normalize(encoding).replace('_', '-');
    }

    /** The Java charset for an encoding name; LookupError when there is none. */
    @TruffleBoundary
    public static Charset charset(String encoding) {
        CodecNames codec = CodecNames.lookup(encoding);
        if (codec != null) {
            return switch (codec) {
                case UTF_8 -> java.nio.charset.StandardCharsets.UTF_8;
                case ASCII -> java.nio.charset.StandardCharsets.US_ASCII;
                case LATIN_1 -> java.nio.charset.StandardCharsets.ISO_8859_1;
                case UTF_16 -> java.nio.charset.StandardCharsets.UTF_16;
                case UTF_16_LE -> java.nio.charset.StandardCharsets.UTF_16LE;
                case UTF_16_BE -> java.nio.charset.StandardCharsets.UTF_16BE;
                case UNICODE_ESCAPE, RAW_UNICODE_ESCAPE -> java.nio.charset.StandardCharsets.ISO_8859_1;
                default -> Charset.forName(codec.pythonName);
            };
        }
        try {
            return Charset.forName(normalize(encoding));
        } catch (RuntimeException ex) {
            throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
    }

    /** The name CPython prints in codec errors: "utf-8", "ascii", "latin-1". */
    static String pythonName(String encoding) {
        CodecNames codec = CodecNames.lookup(encoding);
        return codec != null ? codec.pythonName : normalize(encoding);
    }

    /** CPython's 8-bit codecs are charmap codecs: their errors say 'charmap'. */
    private static boolean isCharmap(Charset cs) {
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static String decodeWithCharset(byte[] bytes, Charset cs, String encoding, String errors) {
        String name = isCharmap(cs) ? "charmap" : pythonName(encoding);
        String reason = isCharmap(cs) ? "character maps to <undefined>" : "illegal multibyte sequence";
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 4);
        StringBuilder sb = new StringBuilder(bytes.length);
        ErrorHandler handler = null;
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : dec.flush(out);
            out.flip();
            sb.append(out);
            out.clear();
            if (r.isUnderflow() && !in.hasRemaining()) {
                if (dec.flush(out).isUnderflow()) {
                    out.flip();
                    sb.append(out);
                    return sb.toString();
                }
                continue;
            }
            if (r.isOverflow()) {
                continue;
            }
            if (r.isError()) {
                int start = in.position();
                int end = start + Math.max(1, r.length());
                if (handler == null) {
                    handler = ErrorHandler.lookup(errors);
                }
                switch (handler) {
                    case IGNORE -> {
                    }
                    case REPLACE -> sb.append('\ufffd');
                    case BACKSLASHREPLACE -> {
                        for (int i = start; i < end; i++) {
                            sb.append(String.format("\\x%02x", bytes[i] & 0xff));
                        }
                    }
                    case SURROGATEESCAPE -> {
                        for (int i = start; i < end; i++) {
                            if ((bytes[i] & 0xff) < 128) {
                                throw UnicodeErrors.decodeError(name, bytes, start, end, reason);
                            }
                            sb.append((char) (0xdc00 + (bytes[i] & 0xff)));
                        }
                    }
                    case XMLCHARREFREPLACE, NAMEREPLACE -> throw PythonErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                    case CUSTOM -> {
                        dev.taipan.runtime.codecs.CustomErrorHandler.Result res = dev.taipan.runtime.codecs.CustomErrorHandler.call(errors,
                                        UnicodeErrors.decodeError(name, bytes, start, end, reason), bytes.length, false);
                        sb.append((String) res.replacement());
                        end = res.resume();
                    }
                    default -> throw UnicodeErrors.decodeError(name, bytes, start, end, reason);
                }
                in.position(end);
            }
        }
    }

    private static byte[] encodeWithCharset(String s, Charset cs, String encoding, String errors) {
        CharsetEncoder enc = cs.newEncoder();
        String name = isCharmap(cs) ? "charmap" : pythonName(encoding);
        String reason = isCharmap(cs) ? "character maps to <undefined>" : "illegal multibyte sequence";
        ByteBuilder out = new ByteBuilder(s.length());
        ErrorHandler handler = null;
        int position = 0;
        for (int i = 0; i < s.length(); position++) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String ch = s.substring(i, i + n);
            boolean surrogate = n == 1 && Character.isSurrogate(s.charAt(i));
            if (!surrogate && enc.canEncode(ch)) {
                out.append(ch.getBytes(cs));
            } else {
                if (handler == null) {
                    handler = ErrorHandler.lookup(errors);
                }
                switch (handler) {
                    case IGNORE -> {
                    }
                    case REPLACE -> out.append('?');
                    case BACKSLASHREPLACE -> out.appendLatin1(UnicodeErrors.escape(cp));
                    case XMLCHARREFREPLACE -> out.appendLatin1("&#" + cp + ";");
                    case SURROGATEESCAPE -> {
                        if (cp < 0xdc80 || cp > 0xdcff) {
                            throw UnicodeErrors.encodeError(name, s, position, position + 1, reason);
                        }
                        out.append((byte) (cp - 0xdc00));
                    }
                    case CUSTOM -> {
                        dev.taipan.runtime.codecs.CustomErrorHandler.Result res = dev.taipan.runtime.codecs.CustomErrorHandler.call(errors,
                                        UnicodeErrors.encodeError(name, s, position, position + 1, reason), s.codePointCount(0, s.length()), true);
                        if (res.replacement() instanceof byte[] b) {
                            out.append(b);
                        } else {
                            out.append(((String) res.replacement()).getBytes(cs));
                        }
                        // resume at the code point the handler names
                        position = res.resume() - 1;
                        i = s.offsetByCodePoints(0, res.resume());
                        continue;
                    }
                    default -> throw UnicodeErrors.encodeError(name, s, position, position + 1, reason);
                }
            }
            i += n;
        }
        return out.toArray();
    }
}
