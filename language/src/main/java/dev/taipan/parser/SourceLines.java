package dev.taipan.parser;

import java.util.Arrays;

/**
 * Maps char offsets of a source text to CPython positions: 1-based line numbers and 0-based
 * column offsets in UTF-8 bytes (what {@code ast} nodes report), or in code points (what
 * SyntaxError.offset reports, 1-based there).
 */
public final class SourceLines {
    private final String text;
    /** lineStarts[i] = char offset where line i+1 starts. */
    private final int[] lineStarts;

    public SourceLines(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        // a leading byte order mark is not part of the first line (CPython strips it when decoding)
        starts[n++] = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line containing the char offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : Math.max(1, -i - 1);
    }

    /** Char offset where the 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** The 1-based line's text including its terminator. */
    public String lineText(int line) {
        int s = lineStart(line);
        int e = line < lineStarts.length ? lineStarts[line] : text.length();
        return text.substring(s, e);
    }

    /** 0-based column in UTF-8 bytes, as CPython's col_offset. */
    public int utf8Column(int offset) {
        int s = lineStart(line(offset));
        int bytes = 0;
        for (int i = s; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < offset && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** 0-based column in code points. */
    public int codePointColumn(int offset) {
        int s = lineStart(line(offset));
        return text.codePointCount(s, Math.min(offset, text.length()));
    }
}
