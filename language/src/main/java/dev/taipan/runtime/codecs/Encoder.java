package dev.taipan.runtime.codecs;

import dev.taipan.runtime.bytes.ByteBuilder;
import dev.taipan.runtime.exceptions.UnicodeErrors;

/**
 * One encoding run: the input as code points (lone surrogates are code points of their own), the
 * bytes so far and the error handling shared by all codecs. Error positions are code point
 * indices, as in CPython.
 */
abstract class Encoder {
    protected final String encoding;
    private final String errors;
    private ErrorHandler handler;
    protected final String input;
    protected final int[] cps;
    protected final ByteBuilder out;

    Encoder(String encoding, String errors, String input) {
        this.encoding = encoding;
        this.errors = errors;
        this.input = input;
        this.cps = input.codePoints().toArray();
        this.out = new ByteBuilder(input.length());
    }

    abstract byte[] encode();

    /** Writes an ASCII character (from a replacement) in this encoding. */
    abstract void writeAscii(int c);

    /** surrogatepass: writes surrogate {@code cp} if this encoding can, else returns false. */
    boolean surrogatePass(@SuppressWarnings("unused") int cp) {
        return false;
    }

    /** surrogateescape: whether a raw byte may stand for a character (single-byte units only). */
    boolean acceptsRawBytes() {
        return true;
    }

    private void writeAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeAscii(s.charAt(i));
        }
    }

    /** Handles unencodable {@code cps[start:end]}; returns where encoding resumes. */
    final int error(int start, int end, String reason) {
        if (handler == null) {
            handler = ErrorHandler.lookup(errors);
        }
        switch (handler) {
            case IGNORE:
                return end;
            case REPLACE:
                for (int i = start; i < end; i++) {
                    writeAscii('?');
                }
                return end;
            case BACKSLASHREPLACE:
                for (int i = start; i < end; i++) {
                    writeAscii(UnicodeErrors.escape(cps[i]));
                }
                return end;
            case XMLCHARREFREPLACE:
                for (int i = start; i < end; i++) {
                    writeAscii("&#" + cps[i] + ";");
                }
                return end;
            case NAMEREPLACE:
                for (int i = start; i < end; i++) {
                    String name = unicodeName(cps[i]);
                    writeAscii(name != null ? "\\N{" + name + "}" : UnicodeErrors.escape(cps[i]));
                }
                return end;
            case SURROGATEESCAPE:
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xdc80 || cps[i] > 0xdcff || !acceptsRawBytes()) {
                        throw UnicodeErrors.encodeError(encoding, input, i, end, reason);
                    }
                    out.append((byte) (cps[i] - 0xdc00));
                }
                return end;
            case SURROGATEPASS:
                for (int i = start; i < end; i++) {
                    if (!Character.isSurrogate((char) cps[i]) || cps[i] > 0xffff || !surrogatePass(cps[i])) {
                        throw UnicodeErrors.encodeError(encoding, input, start, end, reason);
                    }
                }
                return end;
            case CUSTOM: {
                CustomErrorHandler.Result r = CustomErrorHandler.call(errors, UnicodeErrors.encodeError(encoding, input, start, end, reason), cps.length, true);
                if (r.replacement() instanceof byte[] b) {
                    out.append(b);
                } else {
                    writeAscii((String) r.replacement());
                }
                return r.resume();
            }
            default:
                throw UnicodeErrors.encodeError(encoding, input, start, end, reason);
        }
    }

    /** The Unicode character name (unicodedata.name), or null when it has none. */
    static String unicodeName(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return null;
        }
        String name = Character.getName(cp);
        if (name == null) {
            return null;
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPHS ")) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
        }
        return name;
    }
}
