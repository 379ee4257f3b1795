package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.bytes.ByteBuilder;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.UnicodeErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The table-driven codecs of {@code _codecs} (charmap: the cp and iso8859 encodings of the
 * encodings package) and the byte-string escapes ({@code escape_encode}/{@code escape_decode}).
 */
public final class CharmapCodecs {
    private CharmapCodecs() {
    }

    /** The target of byte/char {@code key} in a decoding table (str) or mapping; null when undefined. */
    private static Object mapped(Object mapping, int key) {
        if (mapping instanceof String table) {
            if (key >= table.length()) {
                return null;
            }
            char c = table.charAt(key);
            return c == '\ufffe' ? null : String.valueOf(c);
        }
        try {
            Object v = PyObjectItems.getItem(mapping, (long) key);
            return v == PNone.NONE ? null : v;
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.LOOKUP_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static Object charmapDecode(Object data, Object errorsObj, Object mapping) {
        byte[] in = BytesLike.require(data);
        String errors = CodecsModule.errors(errorsObj);
        if (mapping == PNone.NO_VALUE || mapping == PNone.NONE) {
            return PTuple.of(dev.taipan.runtime.codecs.StandardCodecs.decode(in, dev.taipan.runtime.codecs.CodecNames.LATIN_1, errors), (long) in.length);
        }
        StringBuilder out = new StringBuilder(in.length);
        for (int i = 0; i < in.length; i++) {
            Object v = mapped(mapping, in[i] & 0xff);
            if (v instanceof String s) {
                out.append(s);
            } else if (v instanceof Long cp) {
                if (cp < 0 || cp > 0x10ffff) {
                    throw PythonErrors.typeError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) (long) cp);
            } else if (v == null) {
                switch (errors) {
                    case "ignore" -> {
                    }
                    case "replace" -> out.append('\ufffd');
                    case "backslashreplace" -> out.append(String.format("\\x%02x", in[i] & 0xff));
                    case "surrogateescape" -> out.append((char) (0xdc00 + (in[i] & 0xff)));
                    default -> throw UnicodeErrors.decodeError("charmap", in, i, i + 1, "character maps to <undefined>");
                }
            } else {
                throw PythonErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return PTuple.of(out.toString(), (long) in.length);
    }

    @TruffleBoundary
    static Object charmapEncode(Object strObj, Object errorsObj, Object mapping) {
        String s = CodecsModule.str(strObj, "charmap_encode", 1);
        String errors = CodecsModule.errors(errorsObj);
        ByteBuilder out = new ByteBuilder();
        int index = 0;
        for (int i = 0; i < s.length(); index++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (mapping == PNone.NO_VALUE || mapping == PNone.NONE) {
                if (cp < 256) {
                    out.append((byte) cp);
                    continue;
                }
            } else if (appendMapped(out, mapping, cp)) {
                continue;
            }
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> {
                    if (!appendMapped(out, mapping, '?')) {
                        throw UnicodeErrors.encodeError("charmap", s, index, index + 1, "character maps to <undefined>");
                    }
                }
                case "xmlcharrefreplace", "backslashreplace" -> {
                    String rep = errors.startsWith("xml") ? "&#" + cp + ";" : cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    for (char c : rep.toCharArray()) {
                        if (!appendMapped(out, mapping, c)) {
                            throw UnicodeErrors.encodeError("charmap", s, index, index + 1, "character maps to <undefined>");
                        }
                    }
                }
                default -> throw UnicodeErrors.encodeError("charmap", s, index, index + 1, "character maps to <undefined>");
            }
        }
        return PTuple.of(new PBytes(out.toArray()), (long) index);
    }

    private static boolean appendMapped(ByteBuilder out, Object mapping, int cp) {
        if (mapping == PNone.NO_VALUE || mapping == PNone.NONE) {
            if (cp < 256) {
                out.append((byte) cp);
                return true;
            }
            return false;
        }
        Object v = mapped(mapping, cp);
        if (v == null) {
            return false;
        }
        if (v instanceof Long b) {
            if (b < 0 || b > 255) {
                throw PythonErrors.typeError("character mapping must be in range(256)");
            }
            out.append((byte) (long) b);
        } else if (BytesLike.check(v)) {
            out.append(BytesLike.require(v));
        } else {
            throw PythonErrors.typeError("character mapping must return integer, bytes or None, not %s", PyObjectGetClass.typeName(v));
        }
        return true;
    }

    @Builtin(name = "charmap_decode", params = {"data", "errors", "mapping"}, required = 1)
    @GenerateNodeFactory
    public abstract static class CharmapDecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object data, Object errors, Object mapping) {
            return charmapDecode(data, errors, mapping);
        }
    }

    @Builtin(name = "charmap_encode", params = {"str", "errors", "mapping"}, required = 1)
    @GenerateNodeFactory
    public abstract static class CharmapEncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doIt(Object s, Object errors, Object mapping) {
            return charmapEncode(s, errors, mapping);
        }
    }

    /** charmap_build(decoding_table): the encoding map, here a dict {code point: byte}. */
    @Builtin(name = "charmap_build", params = {"map"})
    @GenerateNodeFactory
    public abstract static class CharmapBuildNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object map) {
            String table = CodecsModule.str(map, "charmap_build", 1);
            PDict d = new PDict();
            for (int i = 0; i < table.length(); i++) {
                char c = table.charAt(i);
                if (c != '\ufffe' && d.getItem((long) c) == null) {
                    d.setItem((long) c, (long) i);
                }
            }
            return d;
        }
    }

    @Builtin(name = "readbuffer_encode", params = {"data", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class ReadBufferEncodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object errors) {
            byte[] b = data instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : BytesLike.require(data);
            return PTuple.of(new PBytes(b), (long) b.length);
        }
    }

    /** escape_encode(bytes): the bytes with repr()'s escapes, without quotes. */
    @Builtin(name = "escape_encode", params = {"data", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class EscapeEncodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object errors) {
            if (!(data instanceof PBytes)) {
                throw PythonErrors.typeError("argument 1 must be bytes, not %s", PyObjectGetClass.typeName(data));
            }
            byte[] in = BytesLike.require(data);
            StringBuilder sb = new StringBuilder();
            for (byte x : in) {
                int c = x & 0xff;
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\'' -> sb.append("\\'");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(c < 0x20 || c >= 0x7f ? String.format("\\x%02x", c) : String.valueOf((char) c));
                }
            }
            return PTuple.of(new PBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), (long) in.length);
        }
    }

    /** escape_decode(data): backslash escapes of a bytes literal resolved. */
    @Builtin(name = "escape_decode", params = {"data", "errors"}, required = 1)
    @GenerateNodeFactory
    public abstract static class EscapeDecodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object data, Object errors) {
            byte[] in = data instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : BytesLike.require(data);
            ByteBuilder out = new ByteBuilder();
            for (int i = 0; i < in.length; i++) {
                if (in[i] != '\\') {
                    out.append(in[i]);
                    continue;
                }
                if (++i >= in.length) {
                    throw PythonErrors.valueError("Trailing \\ in string");
                }
                int c = in[i];
                switch (c) {
                    case '\n' -> {
                    }
                    case '\\', '\'', '"' -> out.append((byte) c);
                    case 'b' -> out.append((byte) 8);
                    case 'f' -> out.append((byte) 12);
                    case 't' -> out.append((byte) 9);
                    case 'n' -> out.append((byte) 10);
                    case 'r' -> out.append((byte) 13);
                    case 'v' -> out.append((byte) 11);
                    case 'a' -> out.append((byte) 7);
                    case 'x' -> {
                        int v = i + 2 < in.length ? hex(in[i + 1]) * 16 + hex(in[i + 2]) : -1;
                        if (i + 2 >= in.length || hex(in[i + 1]) < 0 || hex(in[i + 2]) < 0) {
                            throw PythonErrors.valueError("invalid \\x escape at position %d", i - 1);
                        }
                        out.append((byte) v);
                        i += 2;
                    }
                    default -> {
                        if (c >= '0' && c <= '7') {
                            int v = c - '0';
                            for (int k = 0; k < 2 && i + 1 < in.length && in[i + 1] >= '0' && in[i + 1] <= '7'; k++) {
                                v = v * 8 + (in[++i] - '0');
                            }
                            out.append((byte) v);
                        } else {
                            out.append((byte) '\\');
                            out.append((byte) c);
                        }
                    }
                }
            }
            return PTuple.of(new PBytes(out.toArray()), (long) in.length);
        }

        private static int hex(byte b) {
            return Character.digit(b, 16);
        }
    }
}
