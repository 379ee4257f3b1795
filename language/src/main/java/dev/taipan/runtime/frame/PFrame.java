package dev.taipan.runtime.frame;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A Python frame object: a view on a Truffle frame (materialised only when Python asks for
 * one: tracebacks, sys._getframe, generators' gi_frame). The line number comes from the bytecode
 * location, like CPython's f_lineno derives from the instruction pointer.
 */
public final class PFrame extends PythonObject {
    private final PCode code;
    private final PDict globals;
    private final MaterializedFrame frame;
    private BytecodeNode bytecodeNode;
    private int bci;
    private PFrame back;
    private int fixedLine = -1;
    /** Whether sys.settrace/setprofile saw this activation start (its 'call' event). */
    private boolean traceEntered;

    public boolean isTraceEntered() {
        return traceEntered;
    }

    public void setTraceEntered() {
        traceEntered = true;
    }

    /** f_locals of a function frame (see getLocals). */
    private PDict localsDict;
    /** f_trace (stored for tools; not called). */
    private Object trace = dev.taipan.runtime.objects.PNone.NONE;

    public PFrame(PCode code, PDict globals, MaterializedFrame frame, BytecodeNode bytecodeNode, int bci) {
        this.code = code;
        this.globals = globals;
        this.frame = frame;
        this.bytecodeNode = bytecodeNode;
        this.bci = bci;
    }

    public PCode getCode() {
        return code;
    }

    public PDict getGlobals() {
        return globals;
    }

    /** The Truffle frame (null if not captured). */
    public MaterializedFrame getFrame() {
        return frame;
    }

    public BytecodeNode getBytecodeNode() {
        return bytecodeNode;
    }

    public void setLocation(BytecodeNode node, int index) {
        this.bytecodeNode = node;
        this.bci = index;
    }

    public int getBytecodeIndex() {
        return bci;
    }

    public Object getTrace() {
        return trace;
    }

    public void setTrace(Object trace) {
        this.trace = trace;
    }

    public PFrame getBack() {
        return back;
    }

    public void setBack(PFrame back) {
        this.back = back;
    }

    public void setLine(int line) {
        this.fixedLine = line;
    }

    @TruffleBoundary
    public int getLine() {
        if (fixedLine >= 0) {
            return fixedLine;
        }
        return lineOf(bytecodeNode, bci, code);
    }

    /**
     * f_lasti / tb_lasti as Python sees them: co_code has one 2-byte unit per DSL instruction
     * (see CodePositions), so the offset is twice the index of the instruction at {@code bci}.
     */
    @TruffleBoundary
    public static long lasti(BytecodeNode node, int bci) {
        if (node == null || bci < 0) {
            return -1;
        }
        int index = 0;
        for (var ins : node.getInstructionsAsList()) {
            if (ins.getBytecodeIndex() >= bci) {
                return 2L * index;
            }
            index++;
        }
        return 2L * Math.max(0, index - 1);
    }

    /** The source line of a bytecode index (the code's first line when unknown). */
    @TruffleBoundary
    public static int lineOf(BytecodeNode node, int bci, PCode code) {
        if (node != null && bci >= 0) {
            SourceSection s = node.getSourceLocation(bci);
            if (s == null) {
                node.ensureSourceInformation();
                s = node.getSourceLocation(bci);
            }
            if (s != null && s.isAvailable()) {
                return s.getStartLine();
            }
        }
        return code == null ? -1 : code.getFirstLineNo();
    }

    /**
     * f_locals: the namespace of a module/class frame, else a dict snapshot of the fast locals
     * and cell contents (unbound ones left out).
     */
    @TruffleBoundary
    public Object getLocals() {
        Object[] args = frame == null ? new Object[0] : frame.getArguments();
        if (code != null && (code.getFlags() & dev.taipan.runtime.function.CodeFlags.OPTIMIZED) == 0) {
            Object mapping = FrameAccess.localsMapping(args);
            return mapping != null ? mapping : globals;
        }
        // one dict per frame object, refreshed from the fast locals on each access (CPython's
        // PyFrame_FastToLocals): keys a debugger adds, such as pdb's __return__, stay
        PDict d = localsDict;
        if (d == null) {
            d = new PDict();
            localsDict = d;
        }
        if (bytecodeNode == null || frame == null) {
            return d;
        }
        int at = bci < 0 ? 0 : bci;
        Object[] names = bytecodeNode.getLocalNames(at);
        Object[] infos = bytecodeNode.getLocalInfos(at);
        for (int i = 0; i < names.length; i++) {
            if (!(names[i] instanceof String name)) {
                continue;
            }
            Object v;
            try {
                v = bytecodeNode.getLocalValue(at, frame, i);
            } catch (RuntimeException e) {
                continue;
            }
            if ("cell".equals(infos[i]) || "free".equals(infos[i])) {
                v = v instanceof dev.taipan.runtime.objects.PCell c ? c.getRef() : null;
            }
            v = dev.taipan.bytecode.StrAccumulator.visible(v);
            if (v != null) {
                d.setString(name, v);
            } else if (d.getString(name) != null) {
                d.removeItem(name);
            }
        }
        return d;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.FRAME;
    }
}
