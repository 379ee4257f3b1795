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
}
