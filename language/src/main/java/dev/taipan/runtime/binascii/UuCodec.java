package dev.taipan.runtime.binascii;

import dev.taipan.runtime.bytes.ByteBuilder;

/**
 * One line of uuencoding: a length character, then 6-bit groups as characters from space
 * (or backtick for zero), as binascii's b2a_uu/a2b_uu read and write it.
 */
public final class UuCodec {
    private UuCodec() {
    }

    public static byte[] encode(byte[] data, boolean backtick) {
        if (data.length > 45) {
            throw Base64Codec.error("At most 45 bytes at once");
        }
        ByteBuilder out = new ByteBuilder(2 + (data.length + 2) / 3 * 4);
        out.append(backtick && data.length == 0 ? '`' : ' ' + data.length);
        for (int i = 0; i < data.length; i += 3) {
            int v = (data[i] & 0xff) << 16;
            v |= i + 1 < data.length ? (data[i + 1] & 0xff) << 8 : 0;
            v |= i + 2 < data.length ? data[i + 2] & 0xff : 0;
            for (int shift = 18; shift >= 0; shift -= 6) {
                int six = (v >> shift) & 0x3f;
                out.append(backtick && six == 0 ? '`' : ' ' + six);
            }
        }
        out.append('\n');
        return out.toArray();
    }

    public static byte[] decode(byte[] in) {
        // an empty line reads as a NUL length character, like CPython's NUL-terminated buffer
        int first = in.length > 0 ? in[0] & 0xff : 0;
        int binLen = (first - ' ') & 0x3f;
        byte[] out = new byte[binLen];
        int o = 0;
        int pos = 1;
        int left = 0;
        int leftBits = 0;
        while (o < binLen) {
            int c = pos < in.length ? in[pos] & 0xff : -1;
            pos++;
            int six;
            if (c < 0 || c == '\n' || c == '\r') {
                // missing or cut-off data: assume spaces were eaten at the end of the line
                six = 0;
            } else {
                if (c < ' ' || c > ' ' + 64) {
                    throw Base64Codec.error("Illegal char");
                }
                six = (c - ' ') & 0x3f;
            }
            left = (left << 6) | six;
            leftBits += 6;
            if (leftBits >= 8) {
                leftBits -= 8;
                out[o++] = (byte) (left >> leftBits);
                left &= (1 << leftBits) - 1;
            }
        }
        for (; pos < in.length; pos++) {
            int c = in[pos] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw Base64Codec.error("Trailing garbage");
            }
        }
        return out;
    }
}
