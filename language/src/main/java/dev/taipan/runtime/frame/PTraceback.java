package dev.taipan.runtime.frame;

import com.oracle.truffle.api.bytecode.BytecodeNode;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/** One traceback entry: a frame and the instruction it was at; {@code next} is the callee side. */
public final class PTraceback extends PythonObject {
    private final PFrame frame;
    private final BytecodeNode bytecodeNode;
    private final int bci;
    private PTraceback next;
    private int line = -1;
    /** tb_lasti of an entry made by {@code TracebackType(...)}, which has no bytecode node. */
    private int givenLasti = -1;

    public PTraceback(PFrame frame, BytecodeNode bytecodeNode, int bci, PTraceback next) {
        this.frame = frame;
        this.bytecodeNode = bytecodeNode;
        this.bci = bci;
        this.next = next;
    }

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}. */
    public PTraceback(PFrame frame, int lasti, int line, PTraceback next) {
        this(frame, null, -1, next);
        this.givenLasti = lasti;
        this.line = line;
    }

    public int getGivenLasti() {
        return givenLasti;
    }

    public PFrame getFrame() {
        return frame;
    }

    public PTraceback getNext() {
        return next;
    }

    public void setNext(PTraceback next) {
        this.next = next;
    }

    public int getBci() {
        return bci;
    }

    public BytecodeNode getBytecodeNode() {
        return bytecodeNode;
    }

    public int getLine() {
        if (line < 0) {
            line = PFrame.lineOf(bytecodeNode, bci, frame.getCode());
        }
        return line;
    }

    /** The innermost source section of the instruction (the failing expression), or null. */
    public com.oracle.truffle.api.source.SourceSection getSourceSection() {
        if (bytecodeNode == null || bci < 0) {
            return null;
        }
        com.oracle.truffle.api.source.SourceSection s = bytecodeNode.getSourceLocation(bci);
        if (s == null) {
            bytecodeNode.ensureSourceInformation();
            s = bytecodeNode.getSourceLocation(bci);
        }
        return s;
    }

    public void setLine(int line) {
        this.line = line;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.TRACEBACK;
    }
}
