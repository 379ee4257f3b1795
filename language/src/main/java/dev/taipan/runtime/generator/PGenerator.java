package dev.taipan.runtime.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.taipan.runtime.Finalization;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A generator, coroutine or async generator: a suspended run of its code object, kept as the
 * Bytecode DSL continuation of its last {@code yield}. Resuming calls the continuation with the
 * sent value (or a {@link ThrowSignal}); returning ends it with StopIteration(value).
 */
public final class PGenerator extends PythonObject {
    public enum Kind {
        GENERATOR,
        COROUTINE,
        ASYNC_GENERATOR
    }

    /** Result marker: the generator returned {@code value} instead of yielding. */
    public record Returned(Object value) {
    }

    private final Kind kind;
    private final PCode code;
    private String name;
    private String qualname;
    /**
     * Where the code is suspended: the continuation root of its last yield and its frame. Kept
     * apart rather than as the ContinuationResult a yield returns, so that compiled code which
     * inlines the resume need not allocate that result.
     */
    private ContinuationRootNode suspendedAt;
    private MaterializedFrame suspendedFrame;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** The exception this generator was handling when it last suspended (its own exc_info). */
    private PBaseException savedHandled;
    /** While running: the resumer's own exc_info and the generator it belongs to (null: none). */
    private PBaseException callerHandled;
    private PGenerator outerRunning;
    /** The iterator a {@code yield from}/await currently delegates to (gi_yieldfrom). */
    private Object yieldFrom;
    /** Async generators: whether the asyncgen hooks were applied (first use), and the finalizer hook then set. */
    private boolean asyncgenHooksInitialized;
    private Object asyncgenFinalizer;
    /**
     * Closes this generator, or hands it to its async generator finalizer hook, once the
     * collector finds it unreachable (see Finalization); only generators that have something to
     * run then get one.
     */
    @SuppressWarnings("unused") private Object finalizationGuard;

    public boolean asyncgenHooksInitialized() {
        return asyncgenHooksInitialized;
    }

    public void initAsyncgenHooks(Object finalizer, Finalization finalization) {
        asyncgenHooksInitialized = true;
        asyncgenFinalizer = finalizer;
        if (finalizer != null && finalizationGuard == null) {
            finalizationGuard = finalization.guard(this, Generators.WHEN_UNREACHABLE);
        }
    }

    public Object getAsyncgenFinalizer() {
        return asyncgenFinalizer;
    }

    PGenerator(Kind kind, PFunction function, PCode code, Object[] frameArgs) {
        this.kind = kind;
        this.code = code;
        this.name = function != null ? function.getName() : code.getName();
        this.qualname = function != null ? function.getQualname() : code.getQualname();
        frameArgs[PArguments.SPECIAL] = this;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isPlainGenerator() {
        return kind == Kind.GENERATOR;
    }

    public PCode getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return running;
    }

    public Object getYieldFrom() {
        return yieldFrom;
    }

    public void setYieldFrom(Object yieldFrom) {
        this.yieldFrom = yieldFrom;
    }

    /** Where the frame stands: the start (before its first statement) or the last yield; null once finished. */
    public ContinuationRootNode getFrameContinuation() {
        return suspendedAt;
    }

    public MaterializedFrame getSuspendedFrame() {
        return suspendedFrame;
    }

    /**
     * The code has run its prologue and suspended before the first statement (see the compiler's
     * emitRoot): {@code result} is that continuation.
     */
    public void suspendedAtStart(Object result) {
        ContinuationResult cr = (ContinuationResult) result;
        suspendedAt = cr.getContinuationRootNode();
        suspendedFrame = cr.getFrame();
        if (code.suspendsInTry()) {
            guardFinalization();
        }
    }

    @TruffleBoundary
    private void guardFinalization() {
        finalizationGuard = dev.taipan.TaipanContext.get(null).getFinalization().guard(this, Generators.WHEN_UNREACHABLE);
    }

    /** The continuation root to resume (the initial one before the first resume); marks it started. */
    ContinuationRootNode continuationToResume() {
        started = true;
        return suspendedAt;
    }

    /**
     * Resumes with {@code value} (None, a sent value, or a ThrowSignal). Returns the yielded
     * value, or a {@link Returned} when the code returned. Uncached: see
     * {@link GeneratorResumeNode} for call sites.
     */
    @TruffleBoundary
    public Object resume(Object value) {
        Object r = GeneratorResumeNode.getUncached().execute(this, value);
        return YieldedInt.boxed(r, null);
    }

    /**
     * The checks before running the code again: a {@link Returned} (or a raise) when it cannot
     * run, else null. Marks it running.
     */
    Object beforeResume(Object value) {
        if (finished) {
            if (kind == Kind.COROUTINE) {
                throw PythonErrors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (value instanceof ThrowSignal ts) {
                throw PythonErrors.raise(ts.exception());
            }
            return new Returned(PNone.NONE);
        }
        if (running) {
            throw PythonErrors.valueError("%s already executing", kindName());
        }
        if (!started && value != PNone.NONE) {
            if (value instanceof ThrowSignal ts) {
                // throwing into a generator that never ran: it ends without running its body
                finished = true;
                throw PythonErrors.raise(ts.exception());
            }
            throw PythonErrors.typeError("can't send non-None value to a just-started %s", kindName());
        }
        running = true;
        return null;
    }

    /**
     * Swaps in this generator's own exc_info while it runs; the resumer's stays reachable
     * through {@link ThreadState#getHandledException} (CPython's exc_info chain).
     */
    void enterHandledState(ThreadState state) {
        callerHandled = state.getLocalHandledException();
        outerRunning = state.swapRunningGenerator(this);
        state.setHandledException(savedHandled);
    }

    void exitHandledState(ThreadState state) {
        running = false;
        savedHandled = state.getLocalHandledException();
        state.setHandledException(callerHandled);
        state.swapRunningGenerator(outerRunning);
        callerHandled = null;
        outerRunning = null;
    }

    /** While running: the exception its resumer was handling. */
    public PBaseException getCallerHandled() {
        return callerHandled;
    }

    /** While running: the generator that was running when this one was resumed. */
    public PGenerator getOuterRunning() {
        return outerRunning;
    }

    /** After the code ran: a yield keeps the continuation, anything else ends the generator. */
    Object afterResume(Object result) {
        ContinuationResult cr = (ContinuationResult) result;
        if (cr.getContinuationRootNode() != null) {
            suspendedAt = cr.getContinuationRootNode();
            suspendedFrame = cr.getFrame();
            return cr.getResult();
        }
        // the code returned: its value comes wrapped without a continuation (GeneratorReturnValue)
        finished = true;
        suspendedAt = null;
        suspendedFrame = null;
        return new Returned(cr.getResult());
    }

    PException failed(PException e) {
        finished = true;
        suspendedAt = null;
        suspendedFrame = null;
        return convertStopIteration(e);
    }

    /** PEP 479: a StopIteration escaping a generator becomes RuntimeError. */
    @TruffleBoundary
    private PException convertStopIteration(PException e) {
        BuiltinType check = kind == Kind.ASYNC_GENERATOR ? BuiltinType.STOP_ASYNC_ITERATION : BuiltinType.STOP_ITERATION;
        if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION) ||
                        (kind == Kind.ASYNC_GENERATOR && PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(check))) {
            String what = kind == Kind.ASYNC_GENERATOR && PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ASYNC_ITERATION)
                            ? "async generator raised StopAsyncIteration"
                            : kindName() + " raised StopIteration";
            PException re = PythonErrors.runtimeError("%s", what);
            re.getPythonException().setCause(e.getPythonException());
            re.getPythonException().setContext(e.getPythonException());
            re.getPythonException().setSuppressContext(true);
            return re;
        }
        return e;
    }

    /** {@code next(gen)} for the iteration protocol: the next value or null at the end. */
    public Object nextOrNull() {
        Object r = resume(PNone.NONE);
        return r instanceof Returned ? null : r;
    }

    /** {@code gen.send(v)}: raises StopIteration(value) at the end. */
    public Object send(Object v) {
        Object r = resume(v);
        if (r instanceof Returned ret) {
            throw PythonErrors.stopIteration(ret.value() == PNone.NONE ? null : ret.value());
        }
        return r;
    }

    /** {@code gen.throw(exc)}. */
    public Object throwInto(PBaseException exc) {
        return send(new ThrowSignal(exc));
    }

    /** {@code gen.close()}. */
    @TruffleBoundary
    public Object close() {
        if (finished || !started) {
            finished = true;
            return PNone.NONE;
        }
        PBaseException exit = PythonErrors.createException(BuiltinType.GENERATOR_EXIT, null);
        try {
            Object r = resume(new ThrowSignal(exit));
            if (!(r instanceof Returned)) {
                throw PythonErrors.runtimeError("%s ignored GeneratorExit", kindName());
            }
            return ((Returned) r).value();
        } catch (PException e) {
            PyObjectGetClass.get(e.getPythonException());
            if (e.getPythonException() == exit || PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.GENERATOR_EXIT) ||
                            PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
    }

    private String kindName() {
        return switch (kind) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
    }

    @Override
    public BuiltinType builtinType() {
        return switch (kind) {
            case GENERATOR -> BuiltinType.GENERATOR;
            case COROUTINE -> BuiltinType.COROUTINE;
            case ASYNC_GENERATOR -> BuiltinType.ASYNC_GENERATOR;
        };
    }
}
