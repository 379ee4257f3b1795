package dev.taipan.runtime.frame;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.bytecode.PBytecodeRootNode;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.generator.PGenerator;

/**
 * Python's view of the Truffle stack: the Python frames (bytecode roots, including resumed
 * generators) from the innermost outwards, for sys._getframe, globals(), locals() and frame
 * objects.
 */
public final class FrameAccess {
    private FrameAccess() {
    }

    /** The depth-th Python frame from the top (0 = the innermost), or null. */
    @TruffleBoundary
    public static PFrame getFrame(int depth) {
        int[] remaining = {depth};
        PFrame[] result = new PFrame[1];
        PFrame[] previous = new PFrame[1];
        Truffle.getRuntime().iterateFrames(fi -> {
            PFrame pf = toPFrame(fi);
            if (pf == null) {
                return null;
            }
            if (result[0] != null) {
                if (previous[0] != null) {
                    previous[0].setBack(pf);
                }
                previous[0] = pf;
                return null;
            }
            if (remaining[0]-- == 0) {
                result[0] = pf;
                previous[0] = pf;
            }
            return null;
        });
        return result[0];
    }

    private static PFrame toPFrame(FrameInstance fi) {
        RootNode root = ((com.oracle.truffle.api.RootCallTarget) fi.getCallTarget()).getRootNode();
        PBytecodeRootNode pr = asPythonRoot(root);
        if (pr == null) {
            return null;
        }
        Frame frame = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        Object[] args = frame.getArguments();
        if (args.length > 0 && args[0] instanceof com.oracle.truffle.api.frame.MaterializedFrame mf) {
            // a resumed continuation is called with (frame, value)
            frame = mf;
            args = mf.getArguments();
        }
        BytecodeNode node = BytecodeNode.get(fi);
        int bci = node == null ? -1 : bytecodeIndex(node, frame);
        PCode code = pr.getCode();
        return frameObject(code, frame.materialize(), node, bci);
    }

    /** The globals of the frame whose arguments are {@code args}: its function's (null for module code run by exec). */
    public static PDict globalsOf(Object[] args) {
        return args.length > PArguments.CALLEE && args[PArguments.CALLEE] instanceof PFunction f ? f.getGlobals() : null;
    }

    /**
     * The frame object of an activation, standing at {@code node}/{@code bci}: the one made
     * before for it, else a new one. One per activation, as in CPython: a debugger's f_trace
     * sticks, and {@code tb.tb_frame is sys._getframe()}.
     */
    @TruffleBoundary
    public static PFrame frameObject(PCode code, com.oracle.truffle.api.frame.MaterializedFrame frame, BytecodeNode node, int bci) {
        PFrame known = dev.taipan.runtime.trace.Tracing.frameObject(frame);
        if (known != null) {
            known.setLocation(node, bci);
            return known;
        }
        PFrame pf = new PFrame(code, globalsOf(frame.getArguments()), frame, node, bci);
        dev.taipan.runtime.trace.Tracing.remember(frame, pf);
        return pf;
    }

    /**
     * A traceback entry's frame object: the activation's own if one was made (it knows where the
     * frame stands), else the entry's, standing where the exception passed (where a finished
     * frame stopped).
     */
    @TruffleBoundary
    public static PFrame frameOfTraceback(PFrame entryFrame) {
        PFrame known = entryFrame.getFrame() == null ? null : dev.taipan.runtime.trace.Tracing.frameObject(entryFrame.getFrame());
        if (known != null) {
            return known;
        }
        if (entryFrame.getFrame() != null) {
            dev.taipan.runtime.trace.Tracing.remember(entryFrame.getFrame(), entryFrame);
        }
        return entryFrame;
    }

    /**
     * The frame's current bytecode index; -1 if the frame has not stored one yet (every operation
     * that can re-enter guest code binds its node, which makes the DSL store the index first).
     */
    private static int bytecodeIndex(BytecodeNode node, Frame frame) {
        try {
            return node.getBytecodeIndex(frame);
        } catch (com.oracle.truffle.api.frame.FrameSlotTypeException e) {
            return -1;
        }
    }

    private static PBytecodeRootNode asPythonRoot(RootNode root) {
        if (root instanceof PBytecodeRootNode p) {
            return p;
        }
        if (root instanceof com.oracle.truffle.api.bytecode.ContinuationRootNode c) {
            return (PBytecodeRootNode) c.getSourceRootNode();
        }
        return null;
    }

    /** globals() of the innermost Python frame. */
    @TruffleBoundary
    public static PDict callerGlobals() {
        PFrame f = getFrame(0);
        return f == null ? null : f.getGlobals();
    }

    /** locals() of the innermost Python frame: its namespace, or a snapshot of its fast locals. */
    @TruffleBoundary
    public static Object callerLocals() {
        PFrame f = getFrame(0);
        if (f == null) {
            return new PDict();
        }
        return f.getLocals();
    }

    static Object localsMapping(Object[] args) {
        Object special = args.length > PArguments.SPECIAL ? args[PArguments.SPECIAL] : null;
        return special instanceof PGenerator ? null : special;
    }
}
