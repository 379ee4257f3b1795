package dev.taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Algorithms on byte sequences shared by bytes and bytearray. */
public final class BytesOps {
    private BytesOps() {
    }

    /**
     * {@code repr(bytes)}: b'...' with single quotes unless the content has a single quote and no
     * double quote; printable ASCII as is, \\t \\n \\r and \\xhh for the rest.
     */
    @TruffleBoundary
    public static String repr(byte[] bytes, int length) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            hasSingle |= bytes[i] == '\'';
            hasDouble |= bytes[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3).append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == quote || b == '\\') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < ' ' || b >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }
}
