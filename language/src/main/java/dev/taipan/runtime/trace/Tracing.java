package dev.taipan.runtime.trace;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.frame.FrameAccess;
import dev.taipan.runtime.frame.PFrame;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * sys.settrace and sys.setprofile: the 'call', 'line', 'return' and 'exception' events,
 * delivered by the TraceCall/TraceLine/TraceReturn instrumentations (in the bytecode only once a
 * program sets a trace or profile function, see TracedRoots) and the root's exception
 * interception (which checks {@link #NEVER_TRACED}, folded away in compiled code).
 *
 * <p>A traced activation keeps one frame object (so that f_trace set by a debugger on a frame
 * from sys._getframe() is the one the events see): {@link #frameObject} maps the activation's
 * Truffle frame to it, weakly, per thread.
 */
public final class Tracing {
    public static final Assumption NEVER_TRACED = Truffle.getRuntime().createAssumption("sys.settrace never called");

    private Tracing() {
    }

    /** The frame objects of this thread's activations. */
    private static FrameObjects frames(ThreadState ts) {
        Object m = ts.traceFrames();
        if (m == null) {
            m = new FrameObjects();
            ts.setTraceFrames(m);
        }
        return (FrameObjects) m;
    }

    /** The frame object already made for this activation, or null. */
    @TruffleBoundary
    public static PFrame frameObject(MaterializedFrame frame) {
        Object m = TaipanContext.get(null).getThreadState().traceFrames();
        return m == null ? null : ((FrameObjects) m).get(frame);
    }

    @TruffleBoundary
    public static void remember(MaterializedFrame frame, PFrame pf) {
        frames(TaipanContext.get(null).getThreadState()).put(frame, pf);
    }

    @TruffleBoundary
    public static void setTrace(Object fn) {
        ThreadState ts = TaipanContext.get(null).getThreadState();
        ts.setTraceFunction(fn == PNone.NONE ? null : fn);
        instrumentIfSet(fn);
    }

    /** A first trace or profile function puts the trace operations into the bytecode. */
    private static void instrumentIfSet(Object fn) {
        if (fn != PNone.NONE) {
            NEVER_TRACED.invalidate();
            TracedRoots.enable();
        }
    }

    @TruffleBoundary
    public static void setProfile(Object fn) {
        ThreadState ts = TaipanContext.get(null).getThreadState();
        ts.setProfileFunction(fn == PNone.NONE ? null : fn);
        instrumentIfSet(fn);
    }

    @TruffleBoundary
    public static Object getProfile() {
        Object f = TaipanContext.get(null).getThreadState().getProfileFunction();
        return f == null ? PNone.NONE : f;
    }

    /** The profile function's event (its result is ignored); a raising profile function is removed. */
    private static void callProfile(ThreadState ts, PFrame pf, String event, Object arg) {
        Object fn = ts.getProfileFunction();
        if (fn == null) {
            return;
        }
        ts.setInTrace(true);
        try {
            CallDispatch.call(fn, pf, event, arg);
        } catch (PException e) {
            ts.setProfileFunction(null);
            throw e;
        } finally {
            ts.setInTrace(false);
        }
    }

    @TruffleBoundary
    public static Object getTrace() {
        Object f = TaipanContext.get(null).getThreadState().getTraceFunction();
        return f == null ? PNone.NONE : f;
    }

    /** Calls {@code fn(frame, event, arg)} with tracing off meanwhile; a raising trace function is removed. */
    private static Object callTrace(ThreadState ts, Object fn, PFrame pf, String event, Object arg) {
        ts.setInTrace(true);
        try {
            return CallDispatch.call(fn, pf, event, arg);
        } catch (PException e) {
            ts.setTraceFunction(null);
            pf.setTrace(PNone.NONE);
            throw e;
        } finally {
            ts.setInTrace(false);
        }
    }

    /** This thread's state while a trace or profile function is set and none is running now, else null. */
    private static ThreadState activeState() {
        ThreadState ts = TaipanContext.get(null).getThreadState();
        return (ts.getTraceFunction() == null && ts.getProfileFunction() == null) || ts.isInTrace() ? null : ts;
    }

    /** The frame object of a traced activation, or null when tracing is off ({@code ts} null) or it is not traced. */
    private static PFrame tracedFrame(ThreadState ts, MaterializedFrame frame) {
        return ts == null ? null : frames(ts).get(frame);
    }

    /** The frame's local trace function (f_trace) while a trace function is set, else null. */
    private static Object localTrace(ThreadState ts, PFrame pf) {
        Object local = pf.getTrace();
        return ts.getTraceFunction() == null || local == PNone.NONE || local == null ? null : local;
    }

    /** The 'call' event (a new activation or a resumed generator): profile, then trace, whose result traces the frame. */
    private static void callEvent(ThreadState ts, PFrame pf) {
        if (pf.isTraceEntered()) {
            callProfile(ts, pf, "call", PNone.NONE);
        }
        if (ts.getTraceFunction() != null) {
            Object local = callTrace(ts, ts.getTraceFunction(), pf, "call", PNone.NONE);
            if (local != PNone.NONE) {
                pf.setTrace(local);
            }
        }
    }

    /**
     * The 'return' event (a return or a generator's yield) to the frame's trace function and to
     * the profile function. Only activations whose start the profiler saw get the latter: one
     * entered earlier returns before its finally blocks here, where tools stop profiling
     * (profile's runcall).
     */
    private static void returnEvent(ThreadState ts, PFrame pf, Object value) {
        Object local = localTrace(ts, pf);
        if (local != null) {
            callTrace(ts, local, pf, "return", value);
        }
        if (pf.isTraceEntered()) {
            callProfile(ts, pf, "return", value);
        }
    }

    /** A new activation: the 'call' event to the global trace function, whose result traces the frame. */
    @TruffleBoundary
    public static void call(MaterializedFrame frame, int firstLine, com.oracle.truffle.api.bytecode.BytecodeNode node, int bci) {
        ThreadState ts = activeState();
        if (ts == null) {
            return;
        }
        PFrame pf = FrameAccess.getFrame(0);
        if (pf == null) {
            return;
        }
        frames(ts).enter(frame, pf);
        pf.setTraceEntered();
        pf.setLocation(node, bci);
        pf.setLine(firstLine);
        callEvent(ts, pf);
    }

    /** A statement starts: the 'line' event to the frame's trace function. */
    @TruffleBoundary
    public static void line(MaterializedFrame frame, int line, com.oracle.truffle.api.bytecode.BytecodeNode node, int bci) {
        ThreadState ts = activeState();
        PFrame pf = tracedFrame(ts, frame);
        if (pf == null) {
            return;
        }
        pf.setLocation(node, bci);
        pf.setLine(line);
        Object local = localTrace(ts, pf);
        if (local == null) {
            return;
        }
        Object next = callTrace(ts, local, pf, "line", PNone.NONE);
        if (next != PNone.NONE) {
            pf.setTrace(next);
        }
    }

    /** The activation returns {@code value}: the 'return' event. */
    @TruffleBoundary
    public static void ret(MaterializedFrame frame, Object value) {
        ThreadState ts = activeState();
        if (ts == null) {
            return;
        }
        FrameObjects frames = frames(ts);
        PFrame pf = frames.get(frame);
        if (pf == null) {
            return;
        }
        try {
            returnEvent(ts, pf, value);
        } finally {
            frames.finished(frame);   // after the event: the trace function may still ask for this frame
        }
    }

    /** A generator yields: the 'return' event of its frame, which stays traced for the resume. */
    @TruffleBoundary
    public static void yielded(MaterializedFrame frame, Object value) {
        ThreadState ts = activeState();
        PFrame pf = tracedFrame(ts, frame);
        if (pf == null) {
            return;
        }
        returnEvent(ts, pf, value);
    }

    /** A generator is resumed: the 'call' event, as for a new activation of its frame. */
    @TruffleBoundary
    public static void resumed(MaterializedFrame frame, com.oracle.truffle.api.bytecode.BytecodeNode node, int bci) {
        ThreadState ts = activeState();
        PFrame pf = tracedFrame(ts, frame);
        if (pf == null) {
            return;
        }
        pf.setLocation(node, bci);
        pf.setLine(-1);   // the line of the resumed yield, from the bytecode index
        callEvent(ts, pf);
    }

    /** An exception is raised in (or passes through) the activation: the 'exception' event. */
    @TruffleBoundary
    public static void exception(MaterializedFrame frame, PBaseException exc) {
        ThreadState ts = activeState();
        PFrame pf = tracedFrame(ts, frame);
        Object local = pf == null ? null : localTrace(ts, pf);
        if (local == null) {
            return;
        }
        Object tb = exc.getTraceback() == null ? PNone.NONE : exc.getTraceback();
        Object next = callTrace(ts, local, pf, "exception", PTuple.of(PyObjectGetClass.get(exc), exc, tb));
        if (next != PNone.NONE) {
            pf.setTrace(next);
        }
    }
}
