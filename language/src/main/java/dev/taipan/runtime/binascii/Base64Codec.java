package dev.taipan.runtime.binascii;

import dev.taipan.runtime.bytes.ByteBuilder;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * binascii's base64: encoding with an optional newline, and CPython's forgiving decoder (skips
 * non-alphabet bytes, stops at a complete pad) or, in strict mode, its exact error reports.
 */
public final class Base64Codec {
    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] VALUE = new int[256];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < 64; i++) {
            VALUE[ALPHABET[i]] = i;
        }
    }

    private Base64Codec() {
    }

    public static PException error(String format, Object... args) {
        return PythonErrors.raise(BuiltinType.BINASCII_ERROR, format, args);
    }

    public static byte[] encode(byte[] data, boolean newline) {
        ByteBuilder out = new ByteBuilder((data.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int v = ((data[i] & 0xff) << 16) | ((data[i + 1] & 0xff) << 8) | (data[i + 2] & 0xff);
            out.append(ALPHABET[v >> 18]);
            out.append(ALPHABET[(v >> 12) & 63]);
            out.append(ALPHABET[(v >> 6) & 63]);
            out.append(ALPHABET[v & 63]);
        }
        int rest = data.length - i;
        if (rest > 0) {
            int v = (data[i] & 0xff) << 16 | (rest == 2 ? (data[i + 1] & 0xff) << 8 : 0);
            out.append(ALPHABET[v >> 18]);
            out.append(ALPHABET[(v >> 12) & 63]);
            out.append(rest == 2 ? ALPHABET[(v >> 6) & 63] : (byte) '=');
            out.append((byte) '=');
        }
        if (newline) {
            out.append((byte) '\n');
        }
        return out.toArray();
    }

    public static byte[] decode(byte[] in, boolean strict) {
        ByteBuilder out = new ByteBuilder(in.length / 4 * 3 + 3);
        if (strict && in.length > 0 && in[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '=') {
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < in.length) {
                        throw error("Excess data after padding");
                    }
                    return out.toArray();
                }
                continue;
            }
            int v = VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.append((byte) ((left << 2) | (v >> 4)));
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.append((byte) ((left << 4) | (v >> 2)));
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.append((byte) ((left << 6) | v));
                    left = 0;
                }
            }
        }
        if (quad != 0) {
            if (quad == 1) {
                throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", out.size() / 3 * 4 + 1);
            }
            throw error("Incorrect padding");
        }
        return out.toArray();
    }
}
