package dev.taipan.runtime.sre;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** {@code re.Match}: the spans of the groups of one successful match. */
public final class PMatch extends PythonObject {
    public final PPattern pattern;
    public final SreSubject subject;
    public final int pos;
    public final int endpos;
    /** start, end of group 0, 1, ...; -1 for groups that did not participate. */
    public final int[] regs;
    public final int lastindex;

    private PMatch(PPattern pattern, SreSubject subject, int pos, int endpos, int[] regs, int lastindex) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.regs = regs;
        this.lastindex = lastindex;
    }

    /** The match the engine just found (start..sp with its marks). */
    public static PMatch fromState(PPattern pattern, SreSubject subject, SreEngine state) {
        int n = pattern.groups + 1;
        int[] regs = new int[2 * n];
        regs[0] = state.start;
        regs[1] = state.sp;
        for (int i = 0; i < pattern.groups; i++) {
            int j = 2 * i;
            if (j + 1 <= state.lastmark && state.marks[j] >= 0 && state.marks[j + 1] >= 0) {
                if (state.marks[j] > state.marks[j + 1]) {
                    throw PythonErrors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
                }
                regs[j + 2] = state.marks[j];
                regs[j + 3] = state.marks[j + 1];
            } else {
                regs[j + 2] = -1;
                regs[j + 3] = -1;
            }
        }
        return new PMatch(pattern, subject, state.pos, state.endpos, regs, state.lastindex);
    }

    public int groupCount() {
        return regs.length / 2;
    }

    /** The text of group {@code i}, or {@code dflt} when it did not participate. */
    public Object group(int i, Object dflt) {
        int b = regs[2 * i];
        int e = regs[2 * i + 1];
        if (b < 0 || e < 0) {
            return dflt;
        }
        return subject.slice(b, e);
    }

    public Object group(int i) {
        return group(i, PNone.NONE);
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SRE_MATCH;
    }
}
