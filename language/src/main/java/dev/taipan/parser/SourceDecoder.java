package dev.taipan.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a Python source file as CPython does (PEP 263): UTF-8 unless a coding
 * declaration on line 1 or 2 names another encoding; a UTF-8 byte order mark is removed.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    /** Thrown for an unknown encoding name or bytes that are invalid in the declared encoding. */
    public static final class DecodingException extends Exception {
        private static final long serialVersionUID = 1L;

        DecodingException(String message) {
            super(message);
        }
    }

    public static String decode(byte[] bytes) throws DecodingException {
        int start = 0;
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String declared = codingDeclaration(bytes, start);
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            String name = normalName(declared);
            if (bom && !name.equals("utf-8")) {
                throw new DecodingException("encoding problem: " + declared + " with BOM");
            }
            try {
                cs = name.equals("utf-8") ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new DecodingException("unknown encoding: " + declared);
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodingException("(unicode error) '" + cs.name() + "' codec can't decode the source");
        }
    }

    /** The encoding named by a coding comment on one of the first two lines, or null. */
    private static String codingDeclaration(byte[] b, int start) {
        int p = start;
        for (int line = 0; line < 2 && p < b.length; line++) {
            int e = p;
            while (e < b.length && b[e] != '\n' && b[e] != '\r') {
                e++;
            }
            String text = new String(b, p, e - p, StandardCharsets.ISO_8859_1);
            String enc = codingIn(text);
            if (enc != null) {
                return enc;
            }
            // line 2 counts only when line 1 is blank or a comment
            String t = text.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return null;
            }
            p = e < b.length && b[e] == '\r' && e + 1 < b.length && b[e + 1] == '\n' ? e + 2 : e + 1;
        }
        return null;
    }

    /** The regular expression {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)}, by hand. */
    private static String codingIn(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int k = line.indexOf("coding", i);
        while (k >= 0) {
            int j = k + 6;
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int s = j;
                while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || "-_.".indexOf(line.charAt(j)) >= 0)) {
                    j++;
                }
                if (j > s) {
                    return line.substring(s, j);
                }
            }
            k = line.indexOf("coding", k + 1);
        }
        return null;
    }

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1. */
    private static String normalName(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-")
                        || n.startsWith("iso-latin-1-")) {
            return "ISO-8859-1";
        }
        return s;
    }
}
