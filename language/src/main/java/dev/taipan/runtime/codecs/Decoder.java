package dev.taipan.runtime.codecs;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.exceptions.UnicodeErrors;

/**
 * One decoding run: the input bytes, the text decoded so far and the error handling shared by all
 * codecs (CPython's unicode_decode_call_errorhandler with the builtin handlers).
 */
abstract class Decoder {
    protected final String encoding;
    private final String errors;
    private ErrorHandler handler;
    protected final byte[] in;
    protected final StringBuilder out;

    Decoder(String encoding, String errors, byte[] in) {
        this.encoding = encoding;
        this.errors = errors;
        this.in = in;
        this.out = new StringBuilder(in.length);
    }

    abstract String decode();

    /** surrogatepass: decodes an encoded surrogate at {@code start}; returns the resume position or -1. */
    int surrogatePass(@SuppressWarnings("unused") int start) {
        return -1;
    }

    /** Handles undecodable {@code in[start:end]}; returns where decoding resumes. */
    final int error(int start, int end, String reason) {
        if (handler == null) {
            handler = ErrorHandler.lookup(errors);
        }
        switch (handler) {
            case IGNORE:
                return end;
            case REPLACE:
                out.append('\ufffd');
                return end;
            case BACKSLASHREPLACE:
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", in[i] & 0xff));
                }
                return end;
            case SURROGATEESCAPE: {
                int consumed = 0;
                while (consumed < 4 && start + consumed < end && (in[start + consumed] & 0xff) >= 128) {
                    out.append((char) (0xdc00 + (in[start + consumed] & 0xff)));
                    consumed++;
                }
                if (consumed == 0) {
                    throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
                }
                return start + consumed;
            }
            case SURROGATEPASS: {
                int resume = surrogatePass(start);
                if (resume < 0) {
                    throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
                }
                return resume;
            }
            case CUSTOM: {
                CustomErrorHandler.Result r = CustomErrorHandler.call(errors, UnicodeErrors.decodeError(encoding, in, start, end, reason), in.length, false);
                out.append((String) r.replacement());
                return r.resume();
            }
            case XMLCHARREFREPLACE, NAMEREPLACE:
                throw PythonErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw UnicodeErrors.decodeError(encoding, in, start, end, reason);
        }
    }
}
