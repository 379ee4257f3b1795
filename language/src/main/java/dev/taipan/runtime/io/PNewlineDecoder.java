package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** _io.IncrementalNewlineDecoder's state: a held-back \r and the kinds of newline seen. */
public final class PNewlineDecoder extends PythonObject {
    private static final int CR = 1;
    private static final int LF = 2;
    private static final int CRLF = 4;
    private Object decoder = PNone.NONE;
    private boolean translate;
    private boolean pendingCR;
    private int seen;

    public PNewlineDecoder(PythonClass cls) {
        super(cls);
    }

    public void init(Object dec, boolean tr) {
        decoder = dec;
        translate = tr;
        pendingCR = false;
        seen = 0;
    }

    public Object decoder() {
        return decoder;
    }

    public boolean pendingCR() {
        return pendingCR;
    }

    public void setPendingCR(boolean v) {
        pendingCR = v;
    }

    public void reset() {
        pendingCR = false;
        seen = 0;
    }

    @TruffleBoundary
    public String translate(String in, boolean last) {
        String s = in;
        if (pendingCR && (!s.isEmpty() || last)) {
            s = "\r" + s;
            pendingCR = false;
        }
        if (s.endsWith("\r") && !last) {
            s = s.substring(0, s.length() - 1);
            pendingCR = true;
        }
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        seen |= (cr > 0 ? CR : 0) | (lf > 0 ? LF : 0) | (crlf > 0 ? CRLF : 0);
        if (translate && (cr > 0 || crlf > 0)) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    public Object newlines() {
        return switch (seen) {
            case 0 -> PNone.NONE;
            case CR -> "\r";
            case LF -> "\n";
            case CRLF -> "\r\n";
            case CR | LF -> new PTuple(new Object[]{"\r", "\n"});
            case CR | CRLF -> new PTuple(new Object[]{"\r", "\r\n"});
            case LF | CRLF -> new PTuple(new Object[]{"\n", "\r\n"});
            default -> new PTuple(new Object[]{"\r", "\n", "\r\n"});
        };
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.INCREMENTAL_NEWLINE_DECODER;
    }
}
