package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.codecs.CodecNames;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * _io.TextIOWrapper: text over a buffered binary stream. Decoded text is kept untranslated
 * ({@link #text} from {@link #textPos}) so tell() can re-encode what was consumed; newline
 * translation happens as characters are taken.
 */
public final class PTextIOWrapper extends PythonObject {
    private Object buffer;
    private boolean detached;
    private String encoding;
    private String errors;
    private TextCodec codec;
    /** null: universal newlines with translation; "": universal without; else the newline. */
    private String newline;
    private boolean lineBuffering;
    private boolean writeThrough;
    private int chunkSize = 8192;
    private String text = "";
    private int textPos;
    /** Byte position of text[0] in the stream; -1 when unknown (not seekable or not reading). */
    private long textStart = -1;
    private boolean seekable;
    private boolean initialized;

    public PTextIOWrapper(PythonClass cls) {
        super(cls);
    }

    @TruffleBoundary
    public void init(Object buf, String enc, String errs, String nl, boolean lineBuf, boolean writeThru) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PythonErrors.valueError("illegal newline value: %s", nl);
        }
        TextCodec tc = TextCodec.forEncoding(enc, errs);
        this.buffer = buf;
        this.encoding = enc;
        this.errors = errs;
        this.codec = tc;
        this.newline = nl;
        this.lineBuffering = lineBuf;
        this.writeThrough = writeThru;
        this.detached = false;
        this.text = "";
        this.textPos = 0;
        this.textStart = -1;
        this.initialized = true;
        PBuffered pb = plainBuffered();
        if (pb != null) {
            PFileIO f = RawCalls.plainFileIO(pb.rawOrNull());
            seekable = f != null ? !f.isClosed() && f.isSeekable() : RawCalls.bool(buf, "seekable");
        } else {
            seekable = RawCalls.bool(buf, "seekable");
        }
        if (seekable && RawCalls.bool(buf, "writable")) {
            // appending to a non-empty stream: no BOM
            try {
                long pos = RawCalls.tell(buf);
                codec.setEncodeStarted(pos != 0);
            } catch (dev.taipan.runtime.exceptions.PException e) {
                // position unknown: keep the BOM
            }
        }
    }

    public boolean isInitialized() {
        return initialized;
    }

    public Object buffer() {
        if (buffer == null) {
            throw PythonErrors.valueError(detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        }
        return buffer;
    }

    /** The buffer when it is a plain BufferedReader/Writer/Random (then called directly). */
    private PBuffered plainBuffered() {
        return buffer instanceof PBuffered b && RawCalls.isPlain(b) ? b : null;
    }

    public String encoding() {
        return encoding;
    }

    public String errors() {
        return errors;
    }

    public String newlineArg() {
        return newline;
    }

    public boolean lineBuffering() {
        return lineBuffering;
    }

    public boolean writeThrough() {
        return writeThrough;
    }

    public int chunkSize() {
        return chunkSize;
    }

    public void setChunkSize(int n) {
        if (n <= 0) {
            throw PythonErrors.valueError("a strictly positive integer is required");
        }
        chunkSize = n;
    }

    public boolean isSeekable() {
        return seekable;
    }

    @TruffleBoundary
    public void reconfigure(String enc, String errs, String nl, boolean setNewline, Object lineBuf, Object writeThru) {
        flush();
        if (enc != null || errs != null) {
            String e = enc != null ? enc : encoding;
            String er = errs != null ? errs : enc != null ? "strict" : errors;
            TextCodec tc = TextCodec.forEncoding(e, er);
            encoding = e;
            errors = er;
            codec = tc;
            codec.setEncodeStarted(true);
        }
        if (setNewline) {
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PythonErrors.valueError("illegal newline value: %s", nl);
            }
            newline = nl;
        }
        if (lineBuf != null) {
            lineBuffering = (Boolean) lineBuf;
        }
        if (writeThru != null) {
            writeThrough = (Boolean) writeThru;
        }
    }

    @TruffleBoundary
    public boolean isClosed() {
        Object b = buffer();
        PBuffered pb = plainBuffered();
        if (pb != null) {
            return pb.isClosed();
        }
        return RawCalls.closed(b);
    }

    private void checkClosed() {
        if (isClosed()) {
            throw IoErrors.closed();
        }
    }

    // ---------------------------------------------------------------- writing

    @TruffleBoundary
    public int write(String s) {
        checkClosed();
        PBuffered target = plainBuffered();
        if (target != null && !target.canWrite()) {
            throw IoErrors.unsupported("not writable");
        }
        String t = s;
        boolean hasNewline = t.indexOf('\n') >= 0;
        if (hasNewline && newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            t = t.replace("\n", newline);
        }
        byte[] b = codec.encode(t);
        if (textPos < text.length() || !text.isEmpty()) {
            // a write invalidates read-ahead text
            discardReadAhead();
        }
        PBuffered pb = plainBuffered();
        PFileIO raw;
        if (pb != null) {
            pb.write(b, 0, b.length);
        } else if ((raw = RawCalls.plainFileIO(buffer)) != null) {
            // unbuffered standard streams (-u) write straight to the FileIO
            for (int done = 0; done < b.length;) {
                done += raw.write(b, done, b.length - done);
            }
        } else {
            RawCalls.method(buffer(), "write", new PBytes(b));
        }
        if (writeThrough || (lineBuffering && (hasNewline || t.indexOf('\r') >= 0))) {
            flush();
        }
        return s.codePointCount(0, s.length());
    }

    @TruffleBoundary
    public void flush() {
        PBuffered pb = plainBuffered();
        if (pb != null) {
            pb.flush();
        } else if (RawCalls.plainFileIO(buffer) != null) {
            return;
        } else {
            RawCalls.method(buffer(), "flush");
        }
    }

    // ---------------------------------------------------------------- reading

    private void checkReadable() {
        checkClosed();
        PBuffered pb = plainBuffered();
        boolean readable;
        if (pb != null) {
            PFileIO f = RawCalls.plainFileIO(pb.raw());
            readable = pb.canRead() && (f != null ? f.isReadable() : RawCalls.bool(pb.raw(), "readable"));
        } else {
            readable = RawCalls.bool(buffer(), "readable");
        }
        if (!readable) {
            throw IoErrors.unsupported("not readable");
        }
    }

    /** Reads and decodes one more chunk; false at end of file. */
    @TruffleBoundary
    private boolean fill() {
        if (seekable && textStart < 0) {
            flush();
            textStart = RawCalls.tell(buffer()) - codec.pendingLength();
        }
        byte[] chunk = readChunk();
        boolean eof = chunk.length == 0;
        String decoded = codec.decode(chunk, eof);
        if (textStart >= 0 && textPos > 0) {
            textStart += codec.encodedLength(text.substring(0, textPos));
        }
        text = text.substring(textPos) + decoded;
        textPos = 0;
        return !eof || !decoded.isEmpty();
    }

    private byte[] readChunk() {
        PBuffered pb = plainBuffered();
        if (pb != null) {
            return pb.read1(chunkSize);
        }
        Object b = buffer();
        boolean hasRead1 = dev.taipan.runtime.abstractops.GenericAttributes.lookupAttribute(b, "read1") != null;
        Object r = RawCalls.method(b, hasRead1 ? "read1" : "read", (long) chunkSize);
        if (r == PNone.NONE) {
            return new byte[0];
        }
        byte[] bytes = BytesLike.bytesOrNull(r);
        if (bytes == null) {
            throw PythonErrors.typeError("underlying %s() should have returned a bytes-like object, not '%s'", hasRead1 ? "read1" : "read", RawCalls.typeName(r));
        }
        return bytes;
    }

    private boolean translate() {
        return newline == null;
    }

    /** read(n); n < 0 reads everything. */
    @TruffleBoundary
    public String read(long n) {
        checkReadable();
        flush();
        if (n < 0) {
            return readAll();
        }
        StringBuilder out = new StringBuilder();
        long count = 0;
        while (n < 0 || count < n) {
            if (textPos >= text.length()) {
                if (!fill()) {
                    break;
                }
                continue;
            }
            char c = text.charAt(textPos);
            if (c == '\r' && translate()) {
                if (textPos + 1 >= text.length() && fill()) {
                    continue;
                }
                textPos++;
                if (textPos < text.length() && text.charAt(textPos) == '\n') {
                    textPos++;
                }
                out.append('\n');
            } else {
                out.append(c);
                textPos++;
                if (Character.isHighSurrogate(c) && textPos < text.length() && Character.isLowSurrogate(text.charAt(textPos))) {
                    out.append(text.charAt(textPos++));
                }
            }
            count++;
        }
        return out.toString();
    }

    @TruffleBoundary
    public String readline(long limit) {
        checkReadable();
        flush();
        if (limit < 0 && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
            // fast path: a whole line already decoded, with no \r before its \n
            int nl = text.indexOf('\n', textPos);
            if (nl >= 0 && (newline != null && newline.equals("\n") || !hasCR(textPos, nl))) {
                String line = text.substring(textPos, nl + 1);
                textPos = nl + 1;
                return line;
            }
        }
        StringBuilder out = new StringBuilder();
        long count = 0;
        while (limit < 0 || count < limit) {
            if (textPos >= text.length()) {
                if (!fill()) {
                    break;
                }
                continue;
            }
            char c = text.charAt(textPos);
            if (c == '\r' && (newline == null || newline.isEmpty() || newline.equals("\r\n"))) {
                if (textPos + 1 >= text.length() && fill()) {
                    continue;
                }
                textPos++;
                boolean crlf = textPos < text.length() && text.charAt(textPos) == '\n';
                if (newline == null) {
                    if (crlf) {
                        textPos++;
                    }
                    out.append('\n');
                    break;
                }
                out.append('\r');
                count++;
                if (newline.isEmpty()) {
                    if (crlf && (limit < 0 || count < limit)) {
                        textPos++;
                        out.append('\n');
                    }
                    break;
                }
                // "\r\n" newline: only a following \n ends the line
                if (crlf && (limit < 0 || count < limit)) {
                    textPos++;
                    out.append('\n');
                    break;
                }
                continue;
            }
            out.append(c);
            textPos++;
            if (Character.isHighSurrogate(c) && textPos < text.length() && Character.isLowSurrogate(text.charAt(textPos))) {
                out.append(text.charAt(textPos++));
            }
            count++;
            if ((c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) || (c == '\r' && "\r".equals(newline))) {
                break;
            }
        }
        return out.toString();
    }

    private boolean hasCR(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** read(): the rest of the decoded text and of the stream, decoded in one go. */
    private String readAll() {
        String rest = text.substring(textPos);
        byte[] all;
        PBuffered pb = plainBuffered();
        if (pb != null) {
            all = pb.read(-1);
        } else {
            Object r = RawCalls.method(buffer(), "read");
            all = r == PNone.NONE ? null : BytesLike.bytesOrNull(r);
            if (all == null && r != PNone.NONE) {
                throw PythonErrors.typeError("underlying read() should have returned a bytes object, not '%s'", RawCalls.typeName(r));
            }
        }
        String decoded = codec.decode(all == null ? new byte[0] : all, true);
        text = "";
        textPos = 0;
        textStart = -1;
        String result = rest.isEmpty() ? decoded : rest + decoded;
        if (translate() && result.indexOf('\r') >= 0) {
            result = result.replace("\r\n", "\n").replace('\r', '\n');
        }
        return result;
    }

    private void discardReadAhead() {
        if (seekable && textPos < text.length() && textStart >= 0) {
            long pos = tellUnchecked();
            text = "";
            textPos = 0;
            codec.reset();
            textStart = -1;
            seekBuffer(pos, 0);
            return;
        }
        text = "";
        textPos = 0;
        codec.reset();
        textStart = -1;
    }

    // ---------------------------------------------------------------- positioning

    @TruffleBoundary
    public long tell() {
        checkClosed();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        flush();
        return tellUnchecked();
    }

    private long tellUnchecked() {
        if (textStart < 0) {
            return RawCalls.tell(buffer()) - codec.pendingLength();
        }
        return textStart + codec.encodedLength(text.substring(0, textPos));
    }

    private long seekBuffer(long pos, int whence) {
        PBuffered pb = plainBuffered();
        if (pb != null) {
            return pb.seek(pos, whence);
        }
        return dev.taipan.runtime.abstractops.PyNumberConvert.asSize(RawCalls.method(buffer(), "seek", pos, (long) whence), BuiltinType.OVERFLOW_ERROR);
    }

    @TruffleBoundary
    public long seek(long cookie, int whence) {
        checkClosed();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        switch (whence) {
            case 1 -> {
                if (cookie != 0) {
                    throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
                }
                return tell();
            }
            case 2 -> {
                if (cookie != 0) {
                    throw IoErrors.unsupported("can't do nonzero end-relative seeks");
                }
                flush();
                text = "";
                textPos = 0;
                codec.reset();
                textStart = -1;
                long p = seekBuffer(0, 2);
                codec.setEncodeStarted(p != 0);
                return p;
            }
            case 0 -> {
                if (cookie < 0) {
                    throw PythonErrors.valueError("negative seek position %d", cookie);
                }
            }
            default -> throw PythonErrors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        flush();
        text = "";
        textPos = 0;
        codec.reset();
        textStart = -1;
        seekBuffer(cookie, 0);
        codec.setEncodeStarted(cookie != 0);
        return cookie;
    }

    @TruffleBoundary
    public Object truncate(Object pos) {
        flush();
        Object p = pos;
        if (p == PNone.NO_VALUE || p == PNone.NONE) {
            p = tell();
        }
        return RawCalls.method(buffer(), "truncate", p);
    }

    @TruffleBoundary
    public void close() {
        Object b = buffer();
        if (isClosed()) {
            return;
        }
        try {
            flush();
        } finally {
            PBuffered pb = plainBuffered();
            if (pb != null) {
                pb.close();
            } else {
                RawCalls.method(b, "close");
            }
        }
    }

    @TruffleBoundary
    public Object detach() {
        Object b = buffer();
        flush();
        buffer = null;
        detached = true;
        return b;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TEXT_IO_WRAPPER;
    }
}
