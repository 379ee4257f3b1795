package dev.taipan.runtime.exceptions;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.frame.PTraceback;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Prints exceptions the way CPython's default {@code sys.excepthook} does: the chained
 * exceptions (cause / context) first, each with its "Traceback (most recent call last):" block,
 * source lines, and SyntaxErrors with their caret line.
 */
public final class ExceptionFormatting {
    private ExceptionFormatting() {
    }

    private static final String CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /** "TypeError: message" (or just the type name when str(exc) is empty). */
    @TruffleBoundary
    public static String typeAndMessage(PBaseException exc) {
        String type = qualifiedTypeName(PyObjectGetClass.get(exc));
        String msg = safeStr(exc);
        return msg.isEmpty() ? type : type + ": " + msg;
    }

    /** The exception type as the traceback prints it: module-qualified unless builtins/__main__. */
    @TruffleBoundary
    public static String qualifiedTypeName(PythonClass cls) {
        Object module = cls.isBuiltin() ? cls.getBuiltinType().module : GenericAttributes.lookupAttribute(cls, "__module__");
        String q = cls.getQualname();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            return m + "." + q;
        }
        return q;
    }

    @TruffleBoundary
    public static String safeStr(Object o) {
        try {
            return PyObjectStr.str(o);
        } catch (PException e) {
            return "<exception str() failed>";
        }
    }

    /** The full text sys.excepthook prints for exc. */
    @TruffleBoundary
    public static String format(PBaseException exc) {
        Printer p = new Printer();
        p.format(exc);
        return p.out.toString();
    }

    /** Exception groups print as nested boxes, at most this wide and deep (traceback.py's limits). */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** traceback.py's _ExceptionPrintContext: the group nesting being printed. */
    private static final class Printer {
        final StringBuilder out = new StringBuilder();
        final Map<Object, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Appends text with every line prefixed by the indent and the box margin. */
        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int i = 0;
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int endLine = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, i, endLine);
                i = endLine;
            }
        }

        void emit(String text) {
            emit(text, '|');
        }

        /** exc with its cause/context chain (oldest first). */
        void format(PBaseException exc) {
            java.util.List<Object[]> chain = new java.util.ArrayList<>();
            PBaseException cur = exc;
            while (cur != null) {
                seen.put(cur, Boolean.TRUE);
                PBaseException cause = cur.getCause();
                PBaseException context = cur.getContext();
                String msg = null;
                PBaseException next = null;
                if (cause != null && !seen.containsKey(cause)) {
                    msg = CAUSE_MESSAGE;
                    next = cause;
                } else if (context != null && !cur.getSuppressContext() && !seen.containsKey(context)) {
                    msg = CONTEXT_MESSAGE;
                    next = context;
                }
                chain.add(new Object[]{msg, cur});   // msg: how cur relates to the exception before it
                cur = next;
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.get(i)[0] != null) {
                    emit((String) chain.get(i)[0]);
                }
                formatSingle((PBaseException) chain.get(i)[1]);
            }
        }

        private void formatSingle(PBaseException exc) {
            long limit = tracebackLimit();
            if (!ExceptionGroups.isGroup(exc)) {
                if (exc.getTraceback() instanceof PTraceback tb && limit > 0) {
                    emit("Traceback (most recent call last):\n");
                    emit(stackText(lastEntries(tb, limit)));
                }
                emit(exceptionOnly(exc));
                return;
            }
            if (depth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            boolean topLevel = depth == 0;
            if (topLevel) {
                depth++;
            }
            if (exc.getTraceback() instanceof PTraceback tb && limit > 0) {
                emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                emit(stackText(lastEntries(tb, limit)));
            }
            emit(exceptionOnly(exc));
            Object[] members = ExceptionGroups.exceptions(exc).items();
            int n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    needClose = true;   // a nested group may print the closing line itself
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                String title = truncated ? "..." : String.valueOf(i + 1);
                out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
                depth++;
                if (!truncated) {
                    format((PBaseException) members[i]);
                } else {
                    int remaining = members.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                depth--;
            }
            if (topLevel) {
                depth = 0;
            }
        }
    }

    /** Repeats of one line beyond this many print as "[Previous line repeated N more times]". */
    private static final int RECURSIVE_CUTOFF = 3;

    /** {@code sys.tracebacklimit}: how many entries to print (the innermost), unlimited when unset. */
    private static long tracebackLimit() {
        Object v = dev.taipan.TaipanContext.get(null).getSysModule().getAttribute("tracebacklimit");
        v = v == null ? null : dev.taipan.runtime.numbers.NumberArithmetic.unwrap(v);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof java.math.BigInteger b) {
            return b.signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return Long.MAX_VALUE;
    }

    private static PTraceback lastEntries(PTraceback tb, long limit) {
        long depth = 0;
        for (PTraceback t = tb; t != null; t = t.getNext()) {
            depth++;
        }
        for (long skip = depth - limit; skip > 0; skip--) {
            tb = tb.getNext();
        }
        return tb;
    }

    private static String stackText(PTraceback tb) {
        StringBuilder sb = new StringBuilder();
        String lastFile = null;
        String lastName = null;
        int lastLine = -1;
        int count = 0;
        for (PTraceback t = tb; t != null; t = t.getNext()) {
            PCode code = t.getFrame().getCode();
            int line = t.getLine();
            if (!code.getFilename().equals(lastFile) || line != lastLine || !code.getName().equals(lastName)) {
                appendRepeated(sb, count);
                lastFile = code.getFilename();
                lastName = code.getName();
                lastLine = line;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            sb.append("  File \"").append(code.getFilename()).append("\", line ").append(line).append(", in ").append(code.getName()).append('\n');
            String text = sourceLine(code.getSource(), line);
            if (text != null) {
                String stripped = text.strip();
                if (!stripped.isEmpty()) {
                    sb.append("    ").append(stripped).append('\n');
                    String carets = TracebackCarets.forSection(text, t.getSourceSection());
                    if (carets != null) {
                        sb.append(carets).append('\n');
                    }
                }
            }
        }
        appendRepeated(sb, count);
        return sb.toString();
    }

    private static void appendRepeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    /** The "Type: message" part with the notes (traceback's format_exception_only). */
    private static String exceptionOnly(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (PyObjectGetClass.get(exc).isSubtypeOfBuiltin(BuiltinType.SYNTAX_ERROR)) {
            formatSyntaxError(exc, sb);
        } else {
            sb.append(typeAndMessage(exc)).append('\n');
        }
        appendNotes(exc, sb);
        return sb.toString();
    }

    private static void appendNotes(PBaseException exc, StringBuilder sb) {
        Object notes = GenericAttributes.lookupAttribute(exc, "__notes__");
        if (notes instanceof dev.taipan.runtime.objects.PList l) {
            for (int i = 0; i < l.size(); i++) {
                Object n = l.get(i);
                sb.append(n instanceof String s ? s : safeStr(n)).append('\n');
            }
        }
    }

    /** A source line of a code object's file, or null if unavailable (e.g. -c, <stdin>). */
    @TruffleBoundary
    public static String sourceLine(Source source, int line) {
        if (source == null || source.getPath() == null || !source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line).toString();
    }

    private static void formatSyntaxError(PBaseException exc, StringBuilder sb) {
        Object filename = ExceptionFields.get(exc, ExceptionFields.FILENAME);
        Object lineno = ExceptionFields.get(exc, ExceptionFields.LINENO);
        Object text = ExceptionFields.get(exc, ExceptionFields.TEXT);
        Object offset = ExceptionFields.get(exc, ExceptionFields.OFFSET);
        Object endOffset = ExceptionFields.get(exc, ExceptionFields.END_OFFSET);
        Object msg = ExceptionFields.get(exc, ExceptionFields.MSG);
        String fn = filename instanceof String s ? s : "<string>";
        String suffix = "";
        if (lineno instanceof Long l) {
            sb.append("  File \"").append(fn).append("\", line ").append(l).append('\n');
        } else if (filename instanceof String s) {
            suffix = " (" + s + ")";
        }
        if (text instanceof String t) {
            String rtext = stripTrailingNewlines(t);
            String ltext = stripLeading(rtext);
            int spaces = rtext.length() - ltext.length();
            sb.append("    ").append(ltext).append('\n');
            if (offset instanceof Long off) {
                long o = off;
                long e = endOffset instanceof Long eo && eo != 0 ? eo : o;
                if (o > rtext.length() + 1) {
                    o = rtext.length() + 1;
                }
                if (o == e || e == -1) {
                    e = o + 1;
                }
                long colno = o - 1 - spaces;
                long endColno = e - 1 - spaces;
                if (colno >= 0) {
                    StringBuilder caret = new StringBuilder("    ");
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    for (long i = colno; i < Math.max(colno + 1, endColno); i++) {
                        caret.append('^');
                    }
                    sb.append(caret).append('\n');
                }
            }
        }
        String type = qualifiedTypeName(PyObjectGetClass.get(exc));
        String m = msg == PNone.NONE ? "<no detail available>" : safeStr(msg);
        sb.append(type).append(": ").append(m).append(suffix).append('\n');
    }

    private static String stripTrailingNewlines(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\n' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
