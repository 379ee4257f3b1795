package dev.taipan.runtime.sre;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** {@code re.Pattern}: a compiled regular expression as made by {@code _sre.compile}. */
public final class PPattern extends PythonObject {
    /** The source str or bytes, or None. */
    public final Object pattern;
    public final int flags;
    public final int[] code;
    /** The number of capturing groups. */
    public final int groups;
    /** name -> index, or null. */
    public final PDict groupindex;
    /** index -> name (None for unnamed), or null. */
    public final PTuple indexgroup;
    /** 1 for a bytes pattern, 0 for str, -1 when the source is None. */
    public final int isBytes;

    public PPattern(Object pattern, int flags, int[] code, int groups, PDict groupindex, PTuple indexgroup, int isBytes) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = isBytes;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.SRE_PATTERN;
    }

    /** The subject of a match call, checked against the kind of pattern. */
    @TruffleBoundary
    public SreSubject subject(Object string) {
        SreSubject s = SreSubject.of(string);
        if (s.isBytes && isBytes == 0) {
            throw PythonErrors.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!s.isBytes && isBytes > 0) {
            throw PythonErrors.typeError("cannot use a bytes pattern on a string-like object");
        }
        return s;
    }

    public SreEngine engine(SreSubject s, long pos, long endpos) {
        int p = (int) Math.max(Integer.MIN_VALUE, Math.min(pos, Integer.MAX_VALUE));
        int e = (int) Math.max(Integer.MIN_VALUE, Math.min(endpos, Integer.MAX_VALUE));
        return new SreEngine(code, s.text, p, e, groups);
    }

    /** The name of group {@code index}, or None. */
    public Object groupName(int index) {
        if (indexgroup != null && index >= 0 && index < indexgroup.size()) {
            return indexgroup.get(index);
        }
        return PNone.NONE;
    }
}
