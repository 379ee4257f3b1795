package dev.taipan.runtime.sre;

import static dev.taipan.runtime.sre.SreConstants.*;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;

/**
 * The matching state of one subject and the backtracking interpreter over the compiled code.
 *
 * <p>
 * The interpreter follows the structure of CPython's sre engine: every operator that may have to
 * try several ways (BRANCH, the repeats, assertions) "calls" a child context that matches the
 * rest of the pattern up to a SUCCESS, and resumes with the child's result. The contexts are
 * heap-allocated {@link Frame}s linked to their parent, so deep backtracking over long strings
 * never grows the Java stack.
 */
public final class SreEngine {
    final int[] code;
    /** The subject as code points (str) or unsigned byte values (bytes). */
    final int[] text;
    /** Bounds of the search (pos and endpos, clamped); {@code start} moves as searching goes. */
    public int start;
    public final int end;
    public final int pos;
    public final int endpos;
    /** state->ptr: where the last successful (sub)match ended. */
    public int sp;
    public int[] marks;
    public int lastmark = -1;
    public int lastindex = -1;
    public boolean matchAll;
    public boolean mustAdvance;
    private Repeat repeat;
    private long steps;

    /** A REPEAT's context for its MAX_UNTIL/MIN_UNTIL. */
    private static final class Repeat {
        long count = -1;
        final int pc;
        final Repeat prev;
        int lastPtr = -1;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    /** One pending operator waiting for the result of a child match. */
    private static final class Frame {
        final Frame parent;
        final int jump;
        final boolean toplevel;
        int pc;
        int ptr;
        long count;
        int lastmark;
        int lastindex;
        int[] savedMarks;
        boolean marksPushed;
        Repeat rep;
        int savedLastPtr;
        int chr;

        Frame(Frame parent, int jump, boolean toplevel) {
            this.parent = parent;
            this.jump = jump;
            this.toplevel = toplevel;
        }
    }

    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;

    public SreEngine(int[] code, int[] text, int pos, int endpos, int groups) {
        this.code = code;
        this.text = text;
        int length = text.length;
        pos = Math.max(0, Math.min(pos, length));
        endpos = Math.max(0, Math.min(endpos, length));
        this.pos = pos;
        this.endpos = endpos;
        this.start = pos;
        this.end = endpos;
        this.sp = pos;
        this.marks = new int[2 * groups];
        Arrays.fill(marks, -1);
    }

    /** Forget the groups of a previous attempt. */
    public void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        Arrays.fill(marks, -1);
    }

    private static long u(int word) {
        return Integer.toUnsignedLong(word);
    }

    // ---------------------------------------------------------------- entry points

    /** Match at {@link #start}; on success {@link #sp} is the end of the match. */
    @TruffleBoundary
    public boolean match() {
        sp = start;
        return run(0, true);
    }

    /** Search from {@link #start}; on success {@link #start}..{@link #sp} is the match. */
    @TruffleBoundary
    public boolean search() {
        int ptr = start;
        int searchEnd = end;
        if (ptr > end) {
            return false;
        }
        int pc = 0;
        int flags = 0;
        int prefixChar = -1;
        int charsetPc = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = u(code[3]);
            if (min != 0 && end - ptr < min) {
                return false;
            }
            if (min > 1) {
                searchEnd = (int) Math.max(ptr, end - (min - 1));
            }
            if ((flags & INFO_PREFIX) != 0 && code[5] >= 1) {
                prefixChar = code[7];
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetPc = 5;
            }
        }
        if (prefixChar >= 0 || charsetPc >= 0) {
            // the match starts with a known character: skip positions that cannot start it
            mustAdvance = false;
            for (; ptr < end; ptr++) {
                int ch = text[ptr];
                if (prefixChar >= 0 ? ch != prefixChar : !charset(charsetPc, ch)) {
                    continue;
                }
                start = ptr;
                sp = ptr;
                if (run(pc, false)) {
                    return true;
                }
                reset();
            }
            return false;
        }
        start = ptr;
        sp = ptr;
        boolean status = run(pc, true);
        mustAdvance = false;
        int first = code[0] == INFO ? code[1] + 1 : 0;
        if (!status && code[first] == AT && (code[first + 1] == AT_BEGINNING || code[first + 1] == AT_BEGINNING_STRING)) {
            start = sp = end;
            return false;
        }
        while (!status && ptr < searchEnd) {
            ptr++;
            reset();
            start = ptr;
            sp = ptr;
            status = run(pc, false);
        }
        return status;
    }

    // ---------------------------------------------------------------- the interpreter

    private Frame ctx;
    private int pc;

    private static final int ENTER = 0;
    private static final int DISPATCH = 1;
    private static final int EXIT = 2;

    private void call(int jump, int target, boolean toplevel, int ptr) {
        ctx.ptr = ptr;
        ctx = new Frame(ctx, jump, toplevel);
        pc = target;
    }

    private int[] saveMarks(int upTo) {
        return upTo >= 0 ? Arrays.copyOf(marks, upTo + 1) : null;
    }

    private void restoreMarks(int[] saved) {
        if (saved != null) {
            System.arraycopy(saved, 0, marks, 0, saved.length);
        }
    }

    private void saveLastmark(Frame f) {
        f.lastmark = lastmark;
        f.lastindex = lastindex;
    }

    private void restoreLastmark(Frame f) {
        lastmark = f.lastmark;
        lastindex = f.lastindex;
    }

    /**
     * Match the code from {@code startPc} at {@link #sp} up to a SUCCESS. Re-entrant: the count of
     * a complex single-character repeat runs a nested match.
     */
    private boolean run(int startPc, boolean toplevel) {
        Frame savedCtx = ctx;
        int savedPc = pc;
        try {
            return interpret(startPc, toplevel);
        } finally {
            ctx = savedCtx;
            pc = savedPc;
        }
    }

    private boolean interpret(int startPc, boolean toplevel) {
        final int[] code = this.code;
        final int[] text = this.text;
        final int end = this.end;
        ctx = new Frame(null, JUMP_NONE, toplevel);
        pc = startPc;
        int ptr = 0;
        boolean ret = false;
        int mode = ENTER;
        while (true) {
            if (mode == ENTER) {
                ptr = sp;
                mode = DISPATCH;
                if (code[pc] == INFO) {
                    if (code[pc + 3] != 0 && (long) (end - ptr) < u(code[pc + 3])) {
                        ret = false;
                        mode = EXIT;
                        continue;
                    }
                    pc += code[pc + 1] + 1;
                }
            }
            if (mode == DISPATCH) {
                if ((++steps & 0xffff) == 0) {
                    com.oracle.truffle.api.TruffleSafepoint.poll(null);
                }
                Frame c = ctx;
                int op = code[pc++];
                switch (op) {
                    case MARK: {
                        int i = code[pc];
                        if ((i & 1) != 0) {
                            lastindex = i / 2 + 1;
                        }
                        if (i > lastmark) {
                            for (int j = lastmark + 1; j < i; j++) {
                                marks[j] = -1;
                            }
                            lastmark = i;
                        }
                        marks[i] = ptr;
                        pc++;
                        continue;
                    }
                    case LITERAL:
                        if (ptr >= end || text[ptr] != code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case NOT_LITERAL:
                        if (ptr >= end || text[ptr] == code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case SUCCESS:
                        if (c.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                            break;
                        }
                        sp = ptr;
                        ret = true;
                        mode = EXIT;
                        continue;
                    case AT:
                        if (!at(ptr, code[pc])) {
                            break;
                        }
                        pc++;
                        continue;
                    case CATEGORY:
                        if (ptr >= end || !SreCharacters.category(code[pc], text[ptr])) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case ANY:
                        if (ptr >= end || text[ptr] == '\n') {
                            break;
                        }
                        ptr++;
                        continue;
                    case ANY_ALL:
                        if (ptr >= end) {
                            break;
                        }
                        ptr++;
                        continue;
                    case IN:
                        if (ptr >= end || !charset(pc + 1, text[ptr])) {
                            break;
                        }
                        pc += code[pc];
                        ptr++;
                        continue;
                    case LITERAL_IGNORE:
                        if (ptr >= end || SreCharacters.lowerAscii(text[ptr]) != code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case LITERAL_UNI_IGNORE:
                        if (ptr >= end || SreCharacters.lowerUnicode(text[ptr]) != code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case LITERAL_LOC_IGNORE:
                        if (ptr >= end || !charLocIgnore(code[pc], text[ptr])) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case NOT_LITERAL_IGNORE:
                        if (ptr >= end || SreCharacters.lowerAscii(text[ptr]) == code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case NOT_LITERAL_UNI_IGNORE:
                        if (ptr >= end || SreCharacters.lowerUnicode(text[ptr]) == code[pc]) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case NOT_LITERAL_LOC_IGNORE:
                        if (ptr >= end || charLocIgnore(code[pc], text[ptr])) {
                            break;
                        }
                        pc++;
                        ptr++;
                        continue;
                    case IN_IGNORE:
                        if (ptr >= end || !charset(pc + 1, SreCharacters.lowerAscii(text[ptr]))) {
                            break;
                        }
                        pc += code[pc];
                        ptr++;
                        continue;
                    case IN_UNI_IGNORE:
                        if (ptr >= end || !charset(pc + 1, SreCharacters.lowerUnicode(text[ptr]))) {
                            break;
                        }
                        pc += code[pc];
                        ptr++;
                        continue;
                    case IN_LOC_IGNORE:
                        if (ptr >= end || !charsetLocIgnore(pc + 1, text[ptr])) {
                            break;
                        }
                        pc += code[pc];
                        ptr++;
                        continue;
                    case JUMP:
                    case INFO:
                        pc += code[pc];
                        continue;
                    case BRANCH:
                        saveLastmark(c);
                        // the frame may hold marks saved by an earlier operator of this context
                        c.savedMarks = repeat != null ? saveMarks(c.lastmark) : null;
                        c.pc = pc;
                        c.ptr = ptr;
                        if (branchNext(c, ptr)) {
                            mode = ENTER;
                            continue;
                        }
                        break;
                    case REPEAT_ONE: {
                        long min = u(code[pc + 1]);
                        if (min > end - ptr) {
                            break;
                        }
                        sp = ptr;
                        int count = count(pc + 3, u(code[pc + 2]));
                        ptr += count;
                        if (count < min) {
                            break;
                        }
                        int tail = pc + code[pc];
                        if (code[tail] == SUCCESS && ptr == end && !(c.toplevel && mustAdvance && ptr == start)) {
                            sp = ptr;
                            ret = true;
                            mode = EXIT;
                            continue;
                        }
                        saveLastmark(c);
                        c.marksPushed = repeat != null;
                        if (c.marksPushed) {
                            c.savedMarks = saveMarks(c.lastmark);
                        }
                        c.count = count;
                        c.pc = pc;
                        boolean literalTail = code[tail] == LITERAL;
                        if (literalTail) {
                            c.chr = code[tail + 1];
                        }
                        if (repeatOneNext(c, ptr, literalTail)) {
                            mode = ENTER;
                            continue;
                        }
                        break;
                    }
                    case MIN_REPEAT_ONE: {
                        long min = u(code[pc + 1]);
                        if (min > end - ptr) {
                            break;
                        }
                        sp = ptr;
                        long count = 0;
                        if (min != 0) {
                            int n = count(pc + 3, min);
                            if (n < min) {
                                break;
                            }
                            count = n;
                            ptr += n;
                        }
                        int tail = pc + code[pc];
                        if (code[tail] == SUCCESS && !(c.toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
                            sp = ptr;
                            ret = true;
                            mode = EXIT;
                            continue;
                        }
                        saveLastmark(c);
                        c.marksPushed = repeat != null;
                        if (c.marksPushed) {
                            c.savedMarks = saveMarks(c.lastmark);
                        }
                        c.count = count;
                        c.pc = pc;
                        if (minRepeatOneNext(c, ptr)) {
                            mode = ENTER;
                            continue;
                        }
                        break;
                    }
                    case POSSESSIVE_REPEAT_ONE: {
                        long min = u(code[pc + 1]);
                        if (ptr + min > end) {
                            break;
                        }
                        sp = ptr;
                        int count = count(pc + 3, u(code[pc + 2]));
                        ptr += count;
                        if (count < min) {
                            break;
                        }
                        pc += code[pc];
                        if (code[pc] == SUCCESS && ptr == end && !(c.toplevel && mustAdvance && ptr == start)) {
                            sp = ptr;
                            ret = true;
                            mode = EXIT;
                        }
                        continue;
                    }
                    case REPEAT: {
                        Repeat rep = new Repeat(pc, repeat);
                        repeat = rep;
                        c.rep = rep;
                        c.pc = pc;
                        sp = ptr;
                        call(JUMP_REPEAT, pc + code[pc], c.toplevel, ptr);
                        mode = ENTER;
                        continue;
                    }
                    case MAX_UNTIL: {
                        Repeat rep = repeat;
                        if (rep == null) {
                            throw PythonErrors.runtimeError("internal error in regular expression engine");
                        }
                        c.rep = rep;
                        c.pc = pc;
                        sp = ptr;
                        c.count = rep.count + 1;
                        if (c.count < u(code[rep.pc + 1])) {
                            rep.count = c.count;
                            call(JUMP_MAX_UNTIL_1, rep.pc + 3, c.toplevel, ptr);
                            mode = ENTER;
                            continue;
                        }
                        long max = u(code[rep.pc + 2]);
                        if ((c.count < max || max == MAXREPEAT) && sp != rep.lastPtr) {
                            rep.count = c.count;
                            saveLastmark(c);
                            c.savedMarks = saveMarks(c.lastmark);
                            c.savedLastPtr = rep.lastPtr;
                            rep.lastPtr = sp;
                            call(JUMP_MAX_UNTIL_2, rep.pc + 3, c.toplevel, ptr);
                            mode = ENTER;
                            continue;
                        }
                        repeat = rep.prev;
                        call(JUMP_MAX_UNTIL_3, pc, c.toplevel, ptr);
                        mode = ENTER;
                        continue;
                    }
                    case MIN_UNTIL: {
                        Repeat rep = repeat;
                        if (rep == null) {
                            throw PythonErrors.runtimeError("internal error in regular expression engine");
                        }
                        c.rep = rep;
                        c.pc = pc;
                        sp = ptr;
                        c.count = rep.count + 1;
                        if (c.count < u(code[rep.pc + 1])) {
                            rep.count = c.count;
                            call(JUMP_MIN_UNTIL_1, rep.pc + 3, c.toplevel, ptr);
                            mode = ENTER;
                            continue;
                        }
                        repeat = rep.prev;
                        saveLastmark(c);
                        c.marksPushed = repeat != null;
                        if (c.marksPushed) {
                            c.savedMarks = saveMarks(c.lastmark);
                        }
                        call(JUMP_MIN_UNTIL_2, pc, c.toplevel, ptr);
                        mode = ENTER;
                        continue;
                    }
                    case POSSESSIVE_REPEAT:
                        sp = ptr;
                        c.count = 0;
                        c.pc = pc;
                        c.ptr = ptr;
                        if (u(code[pc + 1]) > 0) {
                            call(JUMP_POSS_REPEAT_1, pc + 3, false, ptr);
                            mode = ENTER;
                            continue;
                        }
                        c.ptr = -1;
                        if (possessiveNext(c)) {
                            mode = ENTER;
                            continue;
                        }
                        pc = c.pc + code[c.pc] + 1;
                        ptr = sp;
                        continue;
                    case ATOMIC_GROUP:
                        sp = ptr;
                        c.pc = pc;
                        call(JUMP_ATOMIC_GROUP, pc + 1, false, ptr);
                        mode = ENTER;
                        continue;
                    case GROUPREF:
                    case GROUPREF_IGNORE:
                    case GROUPREF_UNI_IGNORE:
                    case GROUPREF_LOC_IGNORE: {
                        int g = code[pc] * 2;
                        if (g >= lastmark) {
                            break;
                        }
                        int p = marks[g];
                        int e = marks[g + 1];
                        if (p < 0 || e < 0 || e < p) {
                            break;
                        }
                        boolean ok = true;
                        while (p < e) {
                            if (ptr >= end || !sameChar(op, text[ptr], text[p])) {
                                ok = false;
                                break;
                            }
                            p++;
                            ptr++;
                        }
                        if (!ok) {
                            break;
                        }
                        pc++;
                        continue;
                    }
                    case GROUPREF_EXISTS: {
                        int g = code[pc] * 2;
                        if (g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g]) {
                            pc += code[pc + 1];
                        } else {
                            pc += 2;
                        }
                        continue;
                    }
                    case ASSERT: {
                        long back = u(code[pc + 1]);
                        if (ptr < back) {
                            break;
                        }
                        sp = (int) (ptr - back);
                        c.pc = pc;
                        call(JUMP_ASSERT, pc + 2, false, ptr);
                        mode = ENTER;
                        continue;
                    }
                    case ASSERT_NOT: {
                        long back = u(code[pc + 1]);
                        if (ptr >= back) {
                            sp = (int) (ptr - back);
                            saveLastmark(c);
                            c.marksPushed = repeat != null;
                            if (c.marksPushed) {
                                c.savedMarks = saveMarks(c.lastmark);
                            }
                            c.pc = pc;
                            call(JUMP_ASSERT_NOT, pc + 2, false, ptr);
                            mode = ENTER;
                            continue;
                        }
                        pc += code[pc];
                        continue;
                    }
                    case FAILURE:
                        break;
                    default:
                        throw PythonErrors.runtimeError("internal error in regular expression engine");
                }
                // an operator failed
                ret = false;
                mode = EXIT;
                continue;
            }
            // EXIT: return ret to the parent context and resume it
            Frame done = ctx;
            Frame c = done.parent;
            if (c == null) {
                return ret;
            }
            ctx = c;
            pc = c.pc;
            ptr = c.ptr;
            switch (done.jump) {
                case JUMP_BRANCH:
                    if (ret) {
                        continue;
                    }
                    restoreMarks(c.savedMarks);
                    restoreLastmark(c);
                    c.pc += code[c.pc];
                    if (branchNext(c, ptr)) {
                        mode = ENTER;
                    }
                    continue;
                case JUMP_REPEAT_ONE_1:
                case JUMP_REPEAT_ONE_2:
                    if (ret) {
                        continue;
                    }
                    if (c.marksPushed) {
                        restoreMarks(c.savedMarks);
                    }
                    restoreLastmark(c);
                    ptr--;
                    c.count--;
                    if (repeatOneNext(c, ptr, done.jump == JUMP_REPEAT_ONE_1)) {
                        mode = ENTER;
                    }
                    continue;
                case JUMP_MIN_REPEAT_ONE: {
                    if (ret) {
                        continue;
                    }
                    if (c.marksPushed) {
                        restoreMarks(c.savedMarks);
                    }
                    restoreLastmark(c);
                    sp = ptr;
                    if (count(c.pc + 3, 1) == 0) {
                        continue;
                    }
                    ptr++;
                    c.count++;
                    if (minRepeatOneNext(c, ptr)) {
                        mode = ENTER;
                    }
                    continue;
                }
                case JUMP_REPEAT:
                    repeat = c.rep.prev;
                    continue;
                case JUMP_MAX_UNTIL_1:
                case JUMP_MIN_UNTIL_1:
                    if (ret) {
                        continue;
                    }
                    c.rep.count = c.count - 1;
                    sp = ptr;
                    continue;
                case JUMP_MAX_UNTIL_2: {
                    Repeat rep = c.rep;
                    rep.lastPtr = c.savedLastPtr;
                    if (ret) {
                        continue;
                    }
                    restoreMarks(c.savedMarks);
                    restoreLastmark(c);
                    rep.count = c.count - 1;
                    sp = ptr;
                    repeat = rep.prev;
                    call(JUMP_MAX_UNTIL_3, c.pc, c.toplevel, ptr);
                    mode = ENTER;
                    continue;
                }
                case JUMP_MAX_UNTIL_3:
                    repeat = c.rep;
                    if (ret) {
                        continue;
                    }
                    sp = ptr;
                    continue;
                case JUMP_MIN_UNTIL_2: {
                    Repeat rep = c.rep;
                    repeat = rep;
                    if (ret) {
                        continue;
                    }
                    if (c.marksPushed) {
                        restoreMarks(c.savedMarks);
                    }
                    restoreLastmark(c);
                    sp = ptr;
                    long max = u(code[rep.pc + 2]);
                    if ((c.count >= max && max != MAXREPEAT) || sp == rep.lastPtr) {
                        continue;
                    }
                    rep.count = c.count;
                    c.savedLastPtr = rep.lastPtr;
                    rep.lastPtr = sp;
                    call(JUMP_MIN_UNTIL_3, rep.pc + 3, c.toplevel, ptr);
                    mode = ENTER;
                    continue;
                }
                case JUMP_MIN_UNTIL_3:
                    c.rep.lastPtr = c.savedLastPtr;
                    if (ret) {
                        continue;
                    }
                    c.rep.count = c.count - 1;
                    sp = ptr;
                    continue;
                case JUMP_POSS_REPEAT_1:
                    if (!ret) {
                        sp = ptr;
                        continue;
                    }
                    c.count++;
                    if (c.count < u(code[c.pc + 1])) {
                        call(JUMP_POSS_REPEAT_1, c.pc + 3, false, ptr);
                        mode = ENTER;
                        continue;
                    }
                    c.ptr = -1;
                    if (possessiveNext(c)) {
                        mode = ENTER;
                        continue;
                    }
                    pc = c.pc + code[c.pc] + 1;
                    ptr = sp;
                    mode = DISPATCH;
                    continue;
                case JUMP_POSS_REPEAT_2:
                    if (ret) {
                        c.count++;
                        if (possessiveNext(c)) {
                            mode = ENTER;
                            continue;
                        }
                    } else {
                        restoreMarks(c.savedMarks);
                        restoreLastmark(c);
                        sp = c.ptr;
                    }
                    pc = c.pc + code[c.pc] + 1;
                    ptr = sp;
                    mode = DISPATCH;
                    continue;
                case JUMP_ATOMIC_GROUP:
                    if (!ret) {
                        sp = ptr;
                        continue;
                    }
                    pc = c.pc + code[c.pc];
                    ptr = sp;
                    mode = DISPATCH;
                    continue;
                case JUMP_ASSERT:
                    if (!ret) {
                        continue;
                    }
                    pc = c.pc + code[c.pc];
                    mode = DISPATCH;
                    continue;
                case JUMP_ASSERT_NOT:
                    if (ret) {
                        ret = false;
                        continue;
                    }
                    if (c.marksPushed) {
                        restoreMarks(c.savedMarks);
                    }
                    restoreLastmark(c);
                    pc = c.pc + code[c.pc];
                    mode = DISPATCH;
                    continue;
                default:
                    throw PythonErrors.runtimeError("internal error in regular expression engine");
            }
        }
    }

    /** Try the BRANCH alternatives from {@code c.pc} on; true when a child was called. */
    private boolean branchNext(Frame c, int ptr) {
        while (code[c.pc] != 0) {
            int alt = c.pc;
            int first = code[alt + 1];
            if (first == LITERAL && (ptr >= end || text[ptr] != code[alt + 2])) {
                c.pc += code[alt];
                continue;
            }
            if (first == IN && (ptr >= end || !charset(alt + 3, text[ptr]))) {
                c.pc += code[alt];
                continue;
            }
            sp = ptr;
            call(JUMP_BRANCH, alt + 1, c.toplevel, ptr);
            return true;
        }
        return false;
    }

    /** Give back one REPEAT_ONE item at a time until the tail matches. */
    private boolean repeatOneNext(Frame c, int ptr, boolean literalTail) {
        int p = c.pc;
        long min = u(code[p + 1]);
        if (literalTail) {
            while (c.count >= min && (ptr >= end || text[ptr] != c.chr)) {
                ptr--;
                c.count--;
            }
        }
        if (c.count < min) {
            return false;
        }
        sp = ptr;
        call(literalTail ? JUMP_REPEAT_ONE_1 : JUMP_REPEAT_ONE_2, p + code[p], c.toplevel, ptr);
        return true;
    }

    /** Try the tail of a MIN_REPEAT_ONE after {@code c.count} items. */
    private boolean minRepeatOneNext(Frame c, int ptr) {
        long max = u(code[c.pc + 2]);
        if (max == MAXREPEAT || c.count <= max) {
            sp = ptr;
            call(JUMP_MIN_REPEAT_ONE, c.pc + code[c.pc], c.toplevel, ptr);
            return true;
        }
        return false;
    }

    /** One more optional iteration of a POSSESSIVE_REPEAT, if allowed. */
    private boolean possessiveNext(Frame c) {
        long max = u(code[c.pc + 2]);
        if ((c.count < max || max == MAXREPEAT) && sp != c.ptr) {
            saveLastmark(c);
            c.savedMarks = saveMarks(c.lastmark);
            c.ptr = sp;
            call(JUMP_POSS_REPEAT_2, c.pc + 3, false, sp);
            return true;
        }
        return false;
    }

    private static boolean sameChar(int op, int a, int b) {
        switch (op) {
            case GROUPREF:
                return a == b;
            case GROUPREF_IGNORE:
                return SreCharacters.lowerAscii(a) == SreCharacters.lowerAscii(b);
            case GROUPREF_UNI_IGNORE:
                return SreCharacters.lowerUnicode(a) == SreCharacters.lowerUnicode(b);
            default:
                return SreCharacters.lowerLocale(a) == SreCharacters.lowerLocale(b);
        }
    }

    /** How many times (up to maxcount) the single-character item at {@code p} matches from sp. */
    private int count(int p, long maxcount) {
        int ptr = sp;
        int stop = end;
        if (maxcount != MAXREPEAT && maxcount < stop - ptr) {
            stop = (int) (ptr + maxcount);
        }
        int chr = code[p + 1];
        switch (code[p]) {
            case IN:
                while (ptr < stop && charset(p + 2, text[ptr])) {
                    ptr++;
                }
                break;
            case IN_IGNORE:
                while (ptr < stop && charset(p + 2, SreCharacters.lowerAscii(text[ptr]))) {
                    ptr++;
                }
                break;
            case IN_UNI_IGNORE:
                while (ptr < stop && charset(p + 2, SreCharacters.lowerUnicode(text[ptr]))) {
                    ptr++;
                }
                break;
            case IN_LOC_IGNORE:
                while (ptr < stop && charsetLocIgnore(p + 2, text[ptr])) {
                    ptr++;
                }
                break;
            case ANY:
                while (ptr < stop && text[ptr] != '\n') {
                    ptr++;
                }
                break;
            case ANY_ALL:
                ptr = stop;
                break;
            case LITERAL:
                while (ptr < stop && text[ptr] == chr) {
                    ptr++;
                }
                break;
            case LITERAL_IGNORE:
                while (ptr < stop && SreCharacters.lowerAscii(text[ptr]) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_UNI_IGNORE:
                while (ptr < stop && SreCharacters.lowerUnicode(text[ptr]) == chr) {
                    ptr++;
                }
                break;
            case LITERAL_LOC_IGNORE:
                while (ptr < stop && charLocIgnore(chr, text[ptr])) {
                    ptr++;
                }
                break;
            case NOT_LITERAL:
                while (ptr < stop && text[ptr] != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_IGNORE:
                while (ptr < stop && SreCharacters.lowerAscii(text[ptr]) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_UNI_IGNORE:
                while (ptr < stop && SreCharacters.lowerUnicode(text[ptr]) != chr) {
                    ptr++;
                }
                break;
            case NOT_LITERAL_LOC_IGNORE:
                while (ptr < stop && !charLocIgnore(chr, text[ptr])) {
                    ptr++;
                }
                break;
            default: {
                // a general single-character item: match it repeatedly
                int from = sp;
                while (sp < stop) {
                    int before = sp;
                    if (!run(p, false)) {
                        sp = before;
                        break;
                    }
                }
                return sp - from;
            }
        }
        return ptr - sp;
    }

    private boolean at(int ptr, int at) {
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || text[ptr - 1] == '\n';
            case AT_END:
                return (end - ptr == 1 && text[ptr] == '\n') || ptr == end;
            case AT_END_LINE:
                return ptr == end || text[ptr] == '\n';
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean that = ptr > 0 && isWordFor(at, text[ptr - 1]);
                boolean here = ptr < end && isWordFor(at, text[ptr]);
                boolean boundary = at == AT_BOUNDARY || at == AT_LOC_BOUNDARY || at == AT_UNI_BOUNDARY;
                return boundary ? here != that : here == that;
            }
            default:
                return false;
        }
    }

    private static boolean isWordFor(int at, int ch) {
        if (at == AT_UNI_BOUNDARY || at == AT_UNI_NON_BOUNDARY) {
            return SreCharacters.isUniWord(ch);
        } else if (at == AT_LOC_BOUNDARY || at == AT_LOC_NON_BOUNDARY) {
            return SreCharacters.isLocaleWord(ch);
        }
        return SreCharacters.isWord(ch);
    }

    private static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || SreCharacters.lowerLocale(ch) == pattern || SreCharacters.upperLocale(ch) == pattern;
    }

    private boolean charsetLocIgnore(int set, int ch) {
        int lo = SreCharacters.lowerLocale(ch);
        if (charset(set, lo)) {
            return true;
        }
        int up = SreCharacters.upperLocale(ch);
        return up != lo && charset(set, up);
    }

    /** Is {@code ch} in the set whose items start at {@code s} (ended by FAILURE)? */
    boolean charset(int s, int ch) {
        boolean ok = true;
        while (true) {
            switch (code[s++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[s]) {
                        return ok;
                    }
                    s++;
                    break;
                case CATEGORY:
                    if (SreCharacters.category(code[s], ch)) {
                        return ok;
                    }
                    s++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[s + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    s += 8;
                    break;
                case RANGE:
                    if (code[s] <= ch && ch <= code[s + 1]) {
                        return ok;
                    }
                    s += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[s] <= ch && ch <= code[s + 1]) {
                        return ok;
                    }
                    int uch = SreCharacters.upperUnicode(ch);
                    if (code[s] <= uch && uch <= code[s + 1]) {
                        return ok;
                    }
                    s += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[s++];
                    int block = -1;
                    if (ch < 0x10000) {
                        int hi = ch >> 8;
                        block = (code[s + (hi >> 2)] >>> (8 * (hi & 3))) & 0xff;
                    }
                    s += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[s + (bit >> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    s += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }
}
