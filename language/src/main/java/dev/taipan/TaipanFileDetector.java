package dev.taipan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import com.oracle.truffle.api.TruffleFile;

/**
 * Recognises Python files by extension, and finds their encoding as PEP 263 says: a
 * {@code coding[:=]name} comment on one of the first two lines, else UTF-8.
 */
public final class TaipanFileDetector implements TruffleFile.FileTypeDetector {

    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        if (name != null && (name.endsWith(".py") || name.endsWith(".pyw"))) {
            return TaipanLanguage.MIME_TYPE;
        }
        return null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        if (findMimeType(file) == null) {
            return null;
        }
        byte[] head;
        try (InputStream in = file.newInputStream()) {
            head = in.readNBytes(512);
        }
        return encodingOf(head);
    }

    /**
     * The encoding PEP 263 declares in the first two lines of {@code bytes} (the whole file or
     * its head), UTF-8 when there is none. Line 2 counts only if line 1 is blank or a comment.
     */
    public static Charset encodingOf(byte[] bytes) {
        int lineStart = 0;
        for (int line = 0; line < 2 && lineStart < bytes.length; line++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String name = cookie(bytes, lineStart, end);
            if (name != null) {
                return charsetFor(name);
            }
            if (!blankOrComment(bytes, lineStart, end)) {
                break;
            }
            lineStart = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return StandardCharsets.UTF_8;
    }

    /** The name in a line of the form {@code [ \t\f]*#...coding[:=][ \t]*name}, or null. */
    private static String cookie(byte[] b, int start, int end) {
        int i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) {
            i++;
        }
        if (i >= end || b[i] != '#') {
            return null;
        }
        for (int at = i + 1; at + 7 <= end; at++) {
            if (b[at] == 'c' && b[at + 1] == 'o' && b[at + 2] == 'd' && b[at + 3] == 'i' && b[at + 4] == 'n' && b[at + 5] == 'g' &&
                            (b[at + 6] == ':' || b[at + 6] == '=')) {
                int s = at + 7;
                while (s < end && (b[s] == ' ' || b[s] == '\t')) {
                    s++;
                }
                int e = s;
                while (e < end && (Character.isLetterOrDigit(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.')) {
                    e++;
                }
                if (e > s) {
                    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    private static boolean blankOrComment(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] == '#') {
                return true;
            }
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\f' && b[i] != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /**
     * Python codec names map onto Java charsets; as in CPython's tokenizer, "utf-8-sig" and
     * "latin-1-unix" normalise to their prefix first (but "iso-8859-15" is its own charset).
     */
    static Charset charsetFor(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (hasPrefix(n, "utf-8") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (hasPrefix(n, "latin-1") || hasPrefix(n, "iso-8859-1") || hasPrefix(n, "iso-latin-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code name} is {@code prefix} or {@code prefix} followed by '-'. */
    private static boolean hasPrefix(String name, String prefix) {
        return name.startsWith(prefix) && (name.length() == prefix.length() || name.charAt(prefix.length()) == '-');
    }
}
