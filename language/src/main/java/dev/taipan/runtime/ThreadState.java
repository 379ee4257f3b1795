package dev.taipan.runtime;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.TaipanContext;
import dev.taipan.TaipanLanguage;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.generator.PGenerator;
import dev.taipan.runtime.types.BuiltinType;

/**
 * What CPython keeps in its thread state: the exception currently being handled (what
 * {@code sys.exc_info()} returns and what a new exception gets as {@code __context__}) and the
 * Python call depth for RecursionError.
 */
public final class ThreadState {
    /** sys.setrecursionlimit applies to every thread: one holder per context, shared. */
    public static final class RecursionLimit {
        volatile int value = 1000;
    }

    /**
     * The current thread's state, through the language of {@code node}'s root: in the interpreter
     * a context lookup costs about as much again as the thread-local read (the language holds
     * the thread-local). Nodes on the hottest paths cache the language instead.
     */
    public static ThreadState get(Node node) {
        RootNode root = node == null ? null : node.getRootNode();
        TaipanLanguage language = root == null ? null : root.getLanguage(TaipanLanguage.class);
        return language != null ? language.threadState() : TaipanContext.get(null).getThreadState();
    }

    private final RecursionLimit limit;
    private PBaseException handledException;
    /** The innermost generator or coroutine running on this thread (its resumers chain outward). */
    private PGenerator runningGenerator;
    /** The int a generator last yielded unboxed (see runtime/generator/YieldedInt). */
    private long yieldedInt;
    /** Python frames on the stack; the main module's counts, as in CPython. */
    private int recursionDepth = 1;
    /** Nested VM operations on the stack (see {@link #enterNested}). */
    private int nestedDepth;
    private static final int NESTED_LIMIT = 1500;
    /** The lock _thread._set_sentinel handed this thread, released when the thread ends. */
    private Object sentinel;

    /** sys.set_asyncgen_hooks: called on an async generator's first iteration / kept for its finalisation (null: None). */
    private Object asyncgenFirstiter;
    private Object asyncgenFinalizer;
    /** sys.set_coroutine_origin_tracking_depth. */
    private int coroutineOriginTrackingDepth;

    public Object getAsyncgenFirstiter() {
        return asyncgenFirstiter;
    }

    public Object getAsyncgenFinalizer() {
        return asyncgenFinalizer;
    }

    public void setAsyncgenHooks(Object firstiter, Object finalizer) {
        asyncgenFirstiter = firstiter;
        asyncgenFinalizer = finalizer;
    }

    public int getCoroutineOriginTrackingDepth() {
        return coroutineOriginTrackingDepth;
    }

    public void setCoroutineOriginTrackingDepth(int depth) {
        coroutineOriginTrackingDepth = depth;
    }

    /** sys.settrace: the global trace function (null: none), and whether one is running now. */
    private Object traceFunction;
    private boolean inTrace;
    /** The frame objects of this thread's activations (runtime/trace/FrameObjects; opaque here). */
    private Object traceFrames;

    /** sys.setprofile: the profile function (null: none). */
    private Object profileFunction;

    public Object getProfileFunction() {
        return profileFunction;
    }

    public void setProfileFunction(Object fn) {
        profileFunction = fn;
    }

    public Object getTraceFunction() {
        return traceFunction;
    }

    public void setTraceFunction(Object fn) {
        traceFunction = fn;
    }

    public boolean isInTrace() {
        return inTrace;
    }

    public void setInTrace(boolean b) {
        inTrace = b;
    }

    public Object traceFrames() {
        return traceFrames;
    }

    public void setTraceFrames(Object frames) {
        traceFrames = frames;
    }

    public ThreadState(RecursionLimit limit) {
        this.limit = limit;
    }

    public Object getSentinel() {
        return sentinel;
    }

    public void setSentinel(Object sentinel) {
        this.sentinel = sentinel;
    }

    /**
     * The exception being handled, as {@code sys.exception()} sees it: the running frame's own,
     * else that of the frames that resumed the running generators (CPython's topmost exc_info).
     */
    public PBaseException getHandledException() {
        PBaseException e = handledException;
        for (PGenerator g = runningGenerator; e == null && g != null; g = g.getOuterRunning()) {
            e = g.getCallerHandled();
        }
        return e;
    }

    /** The running frame's (or generator's) own handled exception: what a handler saves and restores. */
    public PBaseException getLocalHandledException() {
        return handledException;
    }

    public long getYieldedInt() {
        return yieldedInt;
    }

    public void setYieldedInt(long value) {
        yieldedInt = value;
    }

    /** The innermost generator or coroutine running on this thread, or null. */
    public PGenerator getRunningGenerator() {
        return runningGenerator;
    }

    /** Makes {@code g} the innermost running generator (null: none); returns the previous one. */
    public PGenerator swapRunningGenerator(PGenerator g) {
        PGenerator previous = runningGenerator;
        runningGenerator = g;
        return previous;
    }

    public void setHandledException(PBaseException e) {
        this.handledException = e;
    }

    public int getRecursionDepth() {
        return recursionDepth;
    }

    /** Enters a Python call: RecursionError beyond the limit (sys.setrecursionlimit). */
    public void enterCall() {
        if (++recursionDepth > limit.value) {
            recursionDepth--;
            throw tooDeep("");
        }
    }

    /**
     * Enters a nested operation of the VM (CPython's Py_EnterRecursiveCall), such as comparing
     * or repr-ing the elements of containers: RecursionError "maximum recursion depth exceeded"
     * + where. As in CPython 3.12 this depth is counted apart from Python calls, with a fixed
     * limit (C_RECURSION_LIMIT).
     */
    public void enterNested(String where) {
        if (++nestedDepth > NESTED_LIMIT) {
            nestedDepth--;
            throw tooDeep(where);
        }
    }

    private static PException tooDeep(String where) {
        return PythonErrors.raise(BuiltinType.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }

    public void exitNested() {
        nestedDepth--;
    }

    public void exitCall() {
        recursionDepth--;
    }

    public int getRecursionLimit() {
        return limit.value;
    }

    public void setRecursionLimit(int newLimit) {
        limit.value = newLimit;
    }
}
