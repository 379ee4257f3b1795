package dev.taipan.runtime.codecs;

/**
 * Incremental decoding ({@code final=False}): how many trailing bytes start a character that
 * is not complete yet, to be left for the next call (CPython's decoders stop there too).
 */
public final class PartialInput {
    private PartialInput() {
    }

    public static int incompleteTail(byte[] in, CodecNames codec) {
        return switch (codec) {
            case UTF_8, UTF_8_SIG -> utf8Tail(in);
            case UTF_16, UTF_16_LE, UTF_16_BE -> utf16Tail(in, codec == CodecNames.UTF_16_BE);
            case UTF_32, UTF_32_LE, UTF_32_BE -> in.length % 4;
            case UNICODE_ESCAPE, RAW_UNICODE_ESCAPE -> escapeTail(in);
            default -> 0;
        };
    }

    private static int utf8Tail(byte[] in) {
        int n = in.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int b = in[n - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue;   // continuation byte: keep looking for the lead byte
            }
            int need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 1;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static int utf16Tail(byte[] in, boolean bigEndian) {
        int odd = in.length % 2;
        int n = in.length - odd;
        if (n >= 2) {
            int unit = bigEndian ? ((in[n - 2] & 0xff) << 8) | (in[n - 1] & 0xff) : ((in[n - 1] & 0xff) << 8) | (in[n - 2] & 0xff);
            if (unit >= 0xd800 && unit < 0xdc00) {
                return odd + 2;   // a high surrogate waits for its low half
            }
        }
        return odd;
    }

    private static int escapeTail(byte[] in) {
        int n = in.length;
        int start = Math.max(0, n - 10);
        for (int i = n - 1; i >= start; i--) {
            if (in[i] == '\\') {
                int slashes = 0;
                for (int j = i; j >= 0 && in[j] == '\\'; j--) {
                    slashes++;
                }
                if (slashes % 2 == 0) {
                    return 0;
                }
                int have = n - i;
                int need = i + 1 < n ? switch (in[i + 1]) {
                    case 'x' -> 4;
                    case 'u' -> 6;
                    case 'U' -> 10;
                    case 'N' -> indexOf(in, (byte) '}', i) < 0 ? n - i + 1 : 0;
                    default -> 2;
                } : 2;
                return need > have ? have : 0;
            }
        }
        return 0;
    }

    private static int indexOf(byte[] in, byte b, int from) {
        for (int i = from; i < in.length; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
