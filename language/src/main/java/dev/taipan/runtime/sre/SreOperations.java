package dev.taipan.runtime.sre;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PTuple;

/** The Pattern methods that loop over matches: findall, split, sub and template expansion. */
public final class SreOperations {
    private SreOperations() {
    }

    @TruffleBoundary
    public static PList findall(PPattern p, Object string, long pos, long endpos) {
        SreSubject s = p.subject(string);
        SreEngine state = p.engine(s, pos, endpos);
        PList out = new PList();
        while (state.start <= state.end) {
            state.reset();
            state.sp = state.start;
            if (!state.search()) {
                break;
            }
            Object item;
            if (p.groups == 0) {
                item = s.slice(state.start, state.sp);
            } else {
                PMatch m = PMatch.fromState(p, s, state);
                if (p.groups == 1) {
                    item = m.group(1, s.empty());
                } else {
                    Object[] items = new Object[p.groups];
                    for (int i = 0; i < p.groups; i++) {
                        items[i] = m.group(i + 1, s.empty());
                    }
                    item = new PTuple(items);
                }
            }
            out.append(item);
            state.mustAdvance = state.sp == state.start;
            state.start = state.sp;
        }
        return out;
    }

    @TruffleBoundary
    public static PList split(PPattern p, Object string, long maxsplit) {
        SreSubject s = p.subject(string);
        SreEngine state = p.engine(s, 0, Long.MAX_VALUE);
        PList out = new PList();
        int last = state.start;
        int n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            state.reset();
            state.sp = state.start;
            if (!state.search()) {
                break;
            }
            out.append(s.slice(last, state.start));
            PMatch m = PMatch.fromState(p, s, state);
            for (int i = 0; i < p.groups; i++) {
                out.append(m.group(i + 1));
            }
            n++;
            state.mustAdvance = state.sp == state.start;
            last = state.start = state.sp;
        }
        out.append(s.slice(last, state.endpos));
        return out;
    }

    /** sub and subn: the new string and the number of replacements. */
    @TruffleBoundary
    public static Object[] subn(PPattern p, Object repl, Object string, long count) {
        Object filter;
        boolean callable = PyObjectGetClass.get(repl).lookup("__call__") != null;
        PTemplate template = null;
        if (!callable) {
            boolean literal = isLiteral(repl);
            if (literal) {
                filter = repl;
            } else {
                template = compileTemplate(p, repl);
                filter = template.groupIndexes.length == 0 ? (template.firstLiteral == null ? p.isBytes > 0 ? PBytes.EMPTY : "" : template.firstLiteral) : null;
                if (filter != null) {
                    template = null;
                }
            }
        } else {
            filter = repl;
        }
        SreSubject s = p.subject(string);
        SreEngine state = p.engine(s, 0, Long.MAX_VALUE);
        List<Object> pieces = new ArrayList<>();
        int i = 0;
        long n = 0;
        while (count == 0 || n < count) {
            state.reset();
            state.sp = state.start;
            if (!state.search()) {
                break;
            }
            int b = state.start;
            int e = state.sp;
            if (i < b) {
                pieces.add(s.slice(i, b));
            }
            if (callable) {
                PMatch m = PMatch.fromState(p, s, state);
                Object item = CallDispatch.call(filter, m);
                if (item != PNone.NONE) {
                    pieces.add(item);
                }
            } else if (template != null) {
                PMatch m = PMatch.fromState(p, s, state);
                Object item = expand(template, m);
                pieces.add(item);
            } else {
                pieces.add(filter);
            }
            i = e;
            n++;
            state.mustAdvance = state.sp == state.start;
            state.start = state.sp;
        }
        if (i < state.endpos) {
            pieces.add(s.slice(i, state.endpos));
        }
        Object joined = join(s.isBytes, pieces);
        return new Object[]{joined, n};
    }

    private static boolean isLiteral(Object repl) {
        String str = repl instanceof String ss ? ss : PPrimitiveObject.strValue(repl);
        if (str != null) {
            return str.indexOf('\\') < 0;
        }
        byte[] b = BytesLike.bytesOrNull(repl);
        if (b != null) {
            for (byte x : b) {
                if (x == '\\') {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code re._compile_template(pattern, repl)} (cached and parsed in Python). */
    @TruffleBoundary
    public static PTemplate compileTemplate(PPattern p, Object repl) {
        Object re = TaipanContext.get(null).getSysModules().getItem("re");
        if (re == null) {
            re = dev.taipan.runtime.imports.Importer.importModule("re");
        }
        Object fn = GenericAttributes.getAttribute(re, "_compile_template");
        Object t = CallDispatch.call(fn, p, repl);
        if (!(t instanceof PTemplate pt)) {
            throw PythonErrors.typeError("invalid template");
        }
        return pt;
    }

    @TruffleBoundary
    public static Object expand(PTemplate t, PMatch m) {
        List<Object> pieces = new ArrayList<>();
        if (t.firstLiteral != null) {
            pieces.add(t.firstLiteral);
        }
        for (int k = 0; k < t.groupIndexes.length; k++) {
            int index = t.groupIndexes[k];
            if (index >= m.groupCount()) {
                throw PythonErrors.indexError("no such group");
            }
            Object g = m.group(index);
            if (g != PNone.NONE) {
                pieces.add(g);
            }
            if (t.literals[k] != null) {
                pieces.add(t.literals[k]);
            }
        }
        return join(m.subject.isBytes, pieces);
    }

    private static Object join(boolean bytes, List<Object> pieces) {
        if (bytes) {
            dev.taipan.runtime.bytes.ByteBuilder bb = new dev.taipan.runtime.bytes.ByteBuilder();
            for (int k = 0; k < pieces.size(); k++) {
                Object o = pieces.get(k);
                byte[] b = BytesLike.bytesOrNull(o);
                if (b == null) {
                    throw PythonErrors.typeError("sequence item %d: expected a bytes-like object, %s found", k, PyObjectGetClass.typeName(o));
                }
                bb.append(b);
            }
            return new PBytes(bb.toArray());
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) {
            Object o = pieces.get(k);
            String str = o instanceof String ss ? ss : PPrimitiveObject.strValue(o);
            if (str == null) {
                throw PythonErrors.typeError("sequence item %d: expected str instance, %s found", k, PyObjectGetClass.typeName(o));
            }
            sb.append(str);
        }
        return sb.toString();
    }
}
