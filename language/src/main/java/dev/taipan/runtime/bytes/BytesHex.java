package dev.taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;

/** {@code hex()} of bytes-like objects and {@code bytes.fromhex()} (CPython's pystrhex.c). */
public final class BytesHex {
    private BytesHex() {
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** {@code hex(sep=NO_VALUE, bytes_per_sep=NO_VALUE)} of {@code data}. */
    @TruffleBoundary
    public static String hex(byte[] data, Object sep, Object bytesPerSep) {
        char sepChar = 0;
        if (sep != PNone.NO_VALUE && sep != PNone.NONE) {
            String s = sep instanceof String str ? str : PPrimitiveObject.strValue(sep);
            if (s == null && !(sep instanceof PBytes)) {
                PyObjectSize.execute(sep);
                throw PythonErrors.typeError("sep must be str or bytes.");
            }
            int len = s != null ? s.codePointCount(0, s.length()) : ((PBytes) sep).size();
            if (len != 1) {
                throw PythonErrors.valueError("sep must be length 1.");
            }
            int c = s != null ? s.codePointAt(0) : ((PBytes) sep).bytes()[0] & 0xff;
            if (c > 127) {
                throw PythonErrors.valueError("sep must be ASCII.");
            }
            sepChar = (char) c;
        }
        long per = bytesPerSep == PNone.NO_VALUE ? 1 : PyNumberConvert.asSize(bytesPerSep, dev.taipan.runtime.types.BuiltinType.OVERFLOW_ERROR);
        if (sepChar == 0 || per == 0 || data.length == 0) {
            char[] out = new char[data.length * 2];
            for (int i = 0; i < data.length; i++) {
                out[2 * i] = DIGITS[(data[i] >> 4) & 15];
                out[2 * i + 1] = DIGITS[data[i] & 15];
            }
            return new String(out);
        }
        long group = Math.abs(per);
        StringBuilder sb = new StringBuilder(data.length * 3);
        for (int i = 0; i < data.length; i++) {
            // positive: groups are counted from the right end; negative: from the left
            boolean boundary = per > 0 ? i > 0 && (data.length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) {
                sb.append(sepChar);
            }
            sb.append(DIGITS[(data[i] >> 4) & 15]).append(DIGITS[data[i] & 15]);
        }
        return sb.toString();
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, ASCII whitespace allowed between pairs. */
    @TruffleBoundary
    public static byte[] fromHex(String s) {
        ByteBuilder out = new ByteBuilder(s.length() / 2);
        int n = s.length();
        int i = 0;
        int position = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 && ByteCType.isSpace(c)) {
                i++;
                position++;
                continue;
            }
            int hi = digit(c);
            if (hi < 0) {
                throw invalid(position);
            }
            int lo = i + 1 < n ? digit(s.charAt(i + 1)) : -1;
            if (lo < 0) {
                throw invalid(position + 1);
            }
            out.append((byte) (hi << 4 | lo));
            i += 2;
            position += 2;
        }
        return out.toArray();
    }

    private static RuntimeException invalid(int position) {
        return PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position %d", position);
    }
}
