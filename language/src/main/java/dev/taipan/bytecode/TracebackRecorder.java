package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.frame.PTraceback;

/**
 * Builds tracebacks as an exception passes through frames, like CPython's PyTraceBack_Here:
 * one entry per frame it enters (rethrows of the same PException in the same frame, e.g. by a
 * finally block, add nothing). Also chains {@code __context__} on the first frame.
 */
final class TracebackRecorder {
    private TracebackRecorder() {
    }

    static void record(PException pe, VirtualFrame frame, BytecodeNode bytecodeNode, int bci, PBytecodeRootNode root) {
        Object[] marker = frame.getArguments();
        if (pe.getLastFrameMarker() == marker && pe.isContextChained()) {
            return;
        }
        addEntry(pe, frame.materialize(), marker, bytecodeNode, bci, root);
    }

    /**
     * Cuts the link back to {@code exc} in the context chain from {@code handled}, which the new
     * context would close into a cycle. The chain may already hold a cycle of its own (code can
     * assign __context__): Floyd's tortoise and hare stop the walk there, as in CPython.
     */
    private static void breakCycleThrough(PBaseException handled, PBaseException exc) {
        PBaseException slow = handled;
        boolean moveSlow = false;
        for (PBaseException o = handled, next; (next = o.getContext()) != null; o = next) {
            if (next == exc) {
                o.setContext(null);
                return;
            }
            if (next == slow) {
                return;
            }
            if (moveSlow) {
                slow = slow.getContext();
            }
            moveSlow = !moveSlow;
        }
    }

    @TruffleBoundary
    private static void addEntry(PException pe, MaterializedFrame frame, Object[] marker, BytecodeNode bytecodeNode, int bci, PBytecodeRootNode root) {
        PBaseException exc = pe.getPythonException();
        if (!pe.isContextChained()) {
            pe.setContextChained();
            PBaseException handled = TaipanContext.get(null).getThreadState().getHandledException();
            if (handled != null && handled != exc) {
                breakCycleThrough(handled, exc);
                exc.setContext(handled);
            }
        }
        if (pe.getLastFrameMarker() == marker) {
            return;
        }
        pe.setLastFrameMarker(marker);
        PFrame pf = new PFrame(root.getCode(), FrameAccess.globalsOf(marker), frame, bytecodeNode, bci);
        Object old = exc.getTraceback();
        exc.setTraceback(new PTraceback(pf, bytecodeNode, bci, old instanceof PTraceback t ? t : null));
    }
}
