package dev.taipan.runtime.sre;

import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _sre.SRE_Scanner}: successive matches over one subject (finditer's engine). */
public final class PScanner extends PythonObject {
    public final PPattern pattern;
    final SreSubject subject;
    final SreEngine state;
    private boolean exhausted;

    public PScanner(PPattern pattern, SreSubject subject, SreEngine state) {
        this.pattern = pattern;
        this.subject = subject;
        this.state = state;
    }

    /** The next match (anchored at the current position when {@code anchored}), or None. */
    public Object next(boolean anchored) {
        if (exhausted) {
            return PNone.NONE;
        }
        state.reset();
        state.sp = state.start;
        boolean found = anchored ? state.match() : state.search();
        if (!found) {
            exhausted = true;
            return PNone.NONE;
        }
        PMatch m = PMatch.fromState(pattern, subject, state);
        state.mustAdvance = state.sp == state.start;
        state.start = state.sp;
        return m;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SRE_SCANNER;
    }
}
