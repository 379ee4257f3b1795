package dev.taipan.runtime.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.types.BuiltinType;

/** Text file encodings beyond the VM's codecs, through java.nio charsets (strict, replace, ignore). */
final class JdkCharsets {
    private JdkCharsets() {
    }

    private static final ThreadLocal<int[]> CONSUMED = ThreadLocal.withInitial(() -> new int[1]);

    /** A charset for a Python encoding name (cp1252, iso8859_15, koi8_r, shift_jis, ...), or null. */
    @TruffleBoundary
    static Charset lookup(String encoding) {
        String n = encoding.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String[] candidates = {n, n.startsWith("cp") ? "windows-" + n.substring(2) : n, n.startsWith("cp") ? "ibm" + n.substring(2) : n,
                        n.startsWith("iso8859-") ? "iso-8859-" + n.substring(8) : n, n.replace("-", "")};
        for (String c : candidates) {
            try {
                if (Charset.isSupported(c)) {
                    return Charset.forName(c);
                }
            } catch (IllegalArgumentException e) {
                // not a legal charset name
            }
        }
        return null;
    }

    static int lastConsumed() {
        return CONSUMED.get()[0];
    }

    @TruffleBoundary
    static String decode(CharsetDecoder dec, String encoding, byte[] in, String errors, boolean last) {
        ByteBuffer bb = ByteBuffer.wrap(in);
        CharBuffer out = CharBuffer.allocate(in.length * 2 + 16);
        StringBuilder sb = new StringBuilder();
        while (true) {
            CoderResult r = dec.decode(bb, out, last);
            if (r.isOverflow()) {
                out.flip();
                sb.append(out);
                out.clear();
                continue;
            }
            if (r.isError()) {
                int start = bb.position();
                int len = r.length();
                switch (errors) {
                    case "replace" -> {
                        out.put('\ufffd');
                        bb.position(start + len);
                        continue;
                    }
                    case "ignore" -> {
                        bb.position(start + len);
                        continue;
                    }
                    default -> throw decodeError(encoding, in, start, start + len, r.isMalformed() ? "invalid start byte" : "character maps to <undefined>");
                }
            }
            break;
        }
        if (last) {
            dec.flush(out);
            dec.reset();
        }
        out.flip();
        sb.append(out);
        CONSUMED.get()[0] = bb.position();
        return sb.toString();
    }

    @TruffleBoundary
    static byte[] encode(Charset cs, String encoding, String s, String errors) {
        CharsetEncoder enc = cs.newEncoder();
        switch (errors) {
            case "replace" -> enc.onUnmappableCharacter(CodingErrorAction.REPLACE).onMalformedInput(CodingErrorAction.REPLACE).replaceWith(new byte[]{'?'});
            case "ignore" -> enc.onUnmappableCharacter(CodingErrorAction.IGNORE).onMalformedInput(CodingErrorAction.IGNORE);
            default -> enc.onUnmappableCharacter(CodingErrorAction.REPORT).onMalformedInput(CodingErrorAction.REPORT);
        }
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(s));
            byte[] r = new byte[b.remaining()];
            b.get(r);
            return r;
        } catch (CharacterCodingException e) {
            int pos = 0;
            CharsetEncoder probe = cs.newEncoder();
            while (pos < s.length() && probe.canEncode(s.charAt(pos))) {
                pos++;
            }
            Object cls = TaipanContext.get(null).getBuiltinClass(BuiltinType.UNICODE_ENCODE_ERROR);
            throw new PException((PBaseException) CallDispatch.call(cls, encoding, s, (long) pos, (long) pos + 1, "character maps to <undefined>"), null);
        }
    }

    private static PException decodeError(String encoding, byte[] in, int start, int end, String reason) {
        Object cls = TaipanContext.get(null).getBuiltinClass(BuiltinType.UNICODE_DECODE_ERROR);
        return new PException((PBaseException) CallDispatch.call(cls, encoding, new PBytes(in), (long) start, (long) end, reason), null);
    }
}
