package dev.taipan.runtime.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.runtime.Finalization;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.Unraisable;
import dev.taipan.runtime.exceptions.Warnings;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Creating the object a generator/coroutine function returns when called. The caller then runs
 * the code with the same frame arguments, which stops at the initial suspension, and hands the
 * result to {@link PGenerator#suspendedAtStart}.
 */
public final class Generators {
    private Generators() {
    }

    /**
     * Runs a generator function's root up to its initial suspension, in a frame made here rather
     * than through the root's call target. The Bytecode DSL reports the loop iterations of a
     * resumed generator to that call target (the continuation's source root), so if it were ever
     * called, the generator function would become "hot" from its body's loops alone and be
     * compiled for nothing, ahead of useful work in the compile queue; never called, it never
     * qualifies. The prologue only binds locals, so it has nothing to gain from a compilation of
     * its own: callers' compilations inline this like any Java code.
     */
    public static PGenerator start(PFunction function, PCode code, RootNode root, Object[] frameArgs) {
        PGenerator gen = create(function, code, frameArgs);
        gen.suspendedAtStart(root.execute(Truffle.getRuntime().createVirtualFrame(frameArgs, root.getFrameDescriptor())));
        return gen;
    }

    /** {@link #start} where the code is not a compilation constant. */
    @TruffleBoundary
    public static PGenerator startUncached(PFunction function, PCode code, Object[] frameArgs) {
        return start(function, code, code.getRootNode(), frameArgs);
    }

    static PGenerator create(PFunction function, PCode code, Object[] frameArgs) {
        PGenerator.Kind kind;
        if (code.isAsyncGenerator()) {
            kind = PGenerator.Kind.ASYNC_GENERATOR;
        } else if (code.isCoroutine()) {
            kind = PGenerator.Kind.COROUTINE;
        } else {
            kind = PGenerator.Kind.GENERATOR;
        }
        return new PGenerator(kind, function, code, frameArgs);
    }

    /**
     * CPython's generator finalizer (tp_finalize, also reachable as {@code __del__}), for a
     * generator nobody references any more: one that has not finished is closed so its finally
     * blocks run, except that an async generator goes to the finalizer hook it was started
     * under (asyncio schedules its aclose()) and a coroutine that never started only warns that
     * it was never awaited. Errors cannot propagate from a finalizer: they are printed as
     * unraisable.
     */
    @TruffleBoundary
    public static void finalizeGenerator(PGenerator g) {
        if (g.isFinished()) {
            return;
        }
        try {
            if (g.getKind() == PGenerator.Kind.ASYNC_GENERATOR && g.getAsyncgenFinalizer() != null) {
                CallDispatch.call(g.getAsyncgenFinalizer(), g);
            } else if (g.getKind() == PGenerator.Kind.COROUTINE && !g.isStarted()) {
                Warnings.warn(BuiltinType.RUNTIME_WARNING, "coroutine '" + g.getQualname() + "' was never awaited");
            } else {
                g.close();
            }
        } catch (PException e) {
            Unraisable.write(g, e);
        }
    }

    /** What the collector's finding an unreachable generator runs (see PGenerator's guard). */
    static final Finalization.Finalizer WHEN_UNREACHABLE = new Finalization.Finalizer() {
        @Override
        public boolean isDue(Object obj) {
            // one that never ran has nothing to close (and the never-awaited warning is left to
            // explicit __del__ calls, since most coroutines carry no guard)
            PGenerator g = (PGenerator) obj;
            return g.isStarted() && !g.isFinished();
        }

        @Override
        public void run(Object obj) {
            finalizeGenerator((PGenerator) obj);
        }
    };
}
