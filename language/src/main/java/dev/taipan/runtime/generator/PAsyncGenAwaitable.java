package dev.taipan.runtime.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The awaitable of one async generator step: {@code __anext__()}/{@code asend(v)},
 * {@code athrow(exc)} or {@code aclose()} (CPython's async_generator_asend/athrow). Driving it
 * resumes the generator; values the generator awaits pass through to the caller, and its next
 * {@code yield} completes the awaitable with StopIteration(value).
 */
public final class PAsyncGenAwaitable extends PythonObject {
    public enum Mode {
        SEND,
        THROW,
        CLOSE
    }

    private final PGenerator generator;
    private final Mode mode;
    /** The value sent in (SEND) or the exception thrown in (THROW/CLOSE) on the first step. */
    private final Object initial;
    private boolean started;
    private boolean done;

    public PAsyncGenAwaitable(PGenerator generator, Mode mode, Object initial) {
        this.generator = generator;
        this.mode = mode;
        this.initial = initial;
    }

    /** {@code send(v)} of the awaitable protocol. */
    @TruffleBoundary
    public Object send(Object value) {
        if (done) {
            throw PythonErrors.runtimeError("cannot reuse already awaited %s", mode == Mode.SEND ? "__anext__()/asend()" : mode == Mode.THROW ? "athrow()" : "aclose()");
        }
        Object in;
        if (!started) {
            started = true;
            if (value != PNone.NONE) {
                throw PythonErrors.runtimeError("can't send non-None value to a just-started async generator");
            }
            in = mode == Mode.SEND ? initial : new ThrowSignal((PBaseException) initial);
        } else {
            in = value;
        }
        return step(in);
    }

    /** {@code throw(exc)}: into the generator. */
    @TruffleBoundary
    public Object throwInto(PBaseException exc) {
        if (done) {
            throw PythonErrors.raise(exc);
        }
        started = true;
        return step(new ThrowSignal(exc));
    }

    public void close() {
        done = true;
    }

    private Object step(Object in) {
        Object r;
        try {
            r = generator.resume(in);
        } catch (PException e) {
            done = true;
            if (mode == Mode.CLOSE && (isA(e, BuiltinType.GENERATOR_EXIT) || isA(e, BuiltinType.STOP_ASYNC_ITERATION))) {
                throw PythonErrors.stopIteration(null);
            }
            throw e;
        }
        if (r instanceof PGenerator.Returned) {
            done = true;
            if (mode == Mode.CLOSE) {
                throw PythonErrors.stopIteration(null);
            }
            throw PythonErrors.raise(BuiltinType.STOP_ASYNC_ITERATION, null);
        }
        if (r instanceof AsyncGenValue v) {
            done = true;
            if (mode == Mode.CLOSE) {
                throw PythonErrors.runtimeError("async generator ignored GeneratorExit");
            }
            throw PythonErrors.stopIteration(v.value() == PNone.NONE ? null : v.value());
        }
        return r;   // something the generator awaits: up to the event loop
    }

    private static boolean isA(PException e, BuiltinType type) {
        return PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(type);
    }

    @Override
    public BuiltinType builtinType() {
        return mode == Mode.SEND ? BuiltinType.ASYNC_GENERATOR_ASEND : BuiltinType.ASYNC_GENERATOR_ATHROW;
    }
}
