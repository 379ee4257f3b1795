package dev.taipan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.TruffleFile;

/**
 * Recognises Python files by extension, and finds their encoding as PEP 263 says: a
 * {@code coding[:=]name} comment on one of the first two lines, else UTF-8.
 */
public final class TaipanFileDetector implements TruffleFile.FileTypeDetector {
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

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
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return charsetFor(m.group(1));
            }
            // the declaration counts on line 2 only if line 1 is a comment or blank
            if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
                break;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Python codec names map onto Java charsets; "utf-8-sig" and friends normalise first. */
    static Charset charsetFor(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.startsWith("iso-8859-1") || n.startsWith("iso-latin-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
