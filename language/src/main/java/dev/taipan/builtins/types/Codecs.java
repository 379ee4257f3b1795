package dev.taipan.builtins.types;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.types.BuiltinType;

/** Text encodings for str(bytes, encoding) and bytes.decode (the common codecs, strict/replace/ignore). */
public final class Codecs {
    private Codecs() {
    }

    @TruffleBoundary
    public static String decode(Object obj, String encoding, String errors) {
        byte[] bytes;
        if (obj instanceof PBytes b) {
            bytes = b.bytes();
        } else {
            throw PythonErrors.typeError("decoding to str: need a bytes-like object, %s found", PyObjectGetClass.typeName(obj));
        }
        Charset cs = charset(encoding);
        CharsetDecoder dec = cs.newDecoder();
        CodingErrorAction action = switch (errors) {
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> CodingErrorAction.REPORT;
        };
        dec.onMalformedInput(action).onUnmappableCharacter(action);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw PythonErrors.raise(BuiltinType.UNICODE_DECODE_ERROR, "'%s' codec can't decode bytes: invalid data", normalize(encoding));
        }
    }

    static String normalize(String encoding) {
        return encoding.toLowerCase().replace('_', '-');
    }

    @TruffleBoundary
    public static Charset charset(String encoding) {
        String e = normalize(encoding);
        switch (e) {
            case "utf8", "utf-8", "u8":
                return java.nio.charset.StandardCharsets.UTF_8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
                return java.nio.charset.StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii":
                return java.nio.charset.StandardCharsets.US_ASCII;
            case "utf-16":
                return java.nio.charset.StandardCharsets.UTF_16;
            default:
                try {
                    return Charset.forName(e);
                } catch (RuntimeException ex) {
                    throw PythonErrors.raise(BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
                }
        }
    }

    /** str.encode: the common codecs with strict, ignore, replace, backslashreplace and xmlcharrefreplace. */
    @TruffleBoundary
    public static byte[] encode(String s, String encoding, String errors) {
        Charset cs = charset(encoding);
        java.nio.charset.CharsetEncoder enc = cs.newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int position = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String ch = s.substring(i, i + n);
            boolean surrogate = n == 1 && Character.isSurrogate(s.charAt(i));
            if (!surrogate && enc.canEncode(ch)) {
                byte[] b = ch.getBytes(cs);
                out.write(b, 0, b.length);
            } else {
                switch (errors) {
                    case "ignore" -> {
                    }
                    case "replace" -> out.write('?');
                    case "backslashreplace" -> {
                        String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                        out.writeBytes(esc.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    case "xmlcharrefreplace" -> out.writeBytes(("&#" + cp + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    default -> {
                        String reason = normalize(encoding).contains("ascii") ? "ordinal not in range(128)" : normalize(encoding).contains("latin") ? "ordinal not in range(256)"
                                        : surrogate ? "surrogates not allowed" : "character maps to <undefined>";
                        throw PythonErrors.raise(BuiltinType.UNICODE_ENCODE_ERROR, "'%s' codec can't encode character '%s' in position %d: %s", pythonName(encoding),
                                        cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp), position, reason);
                    }
                }
            }
            i += n;
            position++;
        }
        return out.toByteArray();
    }

    /** The name CPython prints in codec errors: "utf-8", "ascii", "latin-1". */
    static String pythonName(String encoding) {
        String e = normalize(encoding);
        return switch (e) {
            case "utf8", "u8" -> "utf-8";
            case "latin1", "iso-8859-1", "iso8859-1", "l1" -> "latin-1";
            case "us-ascii" -> "ascii";
            default -> e;
        };
    }
}
