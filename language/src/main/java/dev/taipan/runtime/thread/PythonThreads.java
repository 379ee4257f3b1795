package dev.taipan.runtime.thread;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.Unraisable;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Threads started by {@code _thread.start_new_thread}: Truffle threads of the context that run
 * Python under the GIL. When one ends, the lock {@code _set_sentinel} gave it is released, which
 * is what {@code threading.Thread.join} waits for.
 */
public final class PythonThreads {
    private PythonThreads() {
    }

    public static int count(TaipanContext ctx) {
        return ctx.getGil().liveThreads().size();
    }

    @TruffleBoundary
    public static long start(TaipanContext ctx, Object function, Object[] args, Object kwargs) {
        Env env = ctx.getEnv();
        GlobalInterpreterLock gil = ctx.getGil();
        gil.activate();
        Thread thread = env.newTruffleThreadBuilder(() -> run(ctx, gil, function, args, kwargs)).build();
        // the program's end does not wait for these threads unless threading's shutdown joins them
        thread.setDaemon(true);
        gil.liveThreads().add(thread);
        if (gil.startedThreads().size() > 64) {
            gil.startedThreads().removeIf(t -> !t.isAlive());   // keep only the ones that may still be leaving
        }
        gil.startedThreads().add(thread);
        thread.start();
        return thread.threadId();
    }

    /**
     * At the end of the program (after threading's shutdown joined the non-daemon threads): stops
     * the threads still running, at their next safepoint or wait, and waits for them to unwind,
     * since a Truffle context may only close when its threads are done.
     */
    @TruffleBoundary
    public static void stopAll(TaipanContext ctx) {
        GlobalInterpreterLock gil = ctx.getGil();
        if (gil.liveThreads().isEmpty()) {
            joinFinished(gil);
            return;
        }
        gil.shutDown();
        Thread[] threads = gil.liveThreads().toArray(new Thread[0]);
        ctx.getEnv().submitThreadLocal(threads, new com.oracle.truffle.api.ThreadLocalAction(false, false) {
            @Override
            protected void perform(Access access) {
                throw new ThreadShutdown();
            }
        });
        for (Thread t : threads) {
            t.interrupt();
        }
        gil.release();
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        joinFinished(gil);
    }

    /**
     * Waits for threads whose Python function has returned but whose Truffle thread is still
     * leaving the context: the context may close only after they are gone.
     */
    private static void joinFinished(GlobalInterpreterLock gil) {
        for (Thread t : gil.startedThreads()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        gil.startedThreads().clear();
    }

    private static void run(TaipanContext ctx, GlobalInterpreterLock gil, Object function, Object[] args, Object kwargs) {
        gil.acquire(ctx.getEnv());
        try {
            CallDispatch.callWithKwargs(function, args, kwargs);
        } catch (ThreadShutdown e) {
            // stopped at the end of the program
        } catch (PException e) {
            if (!PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.SYSTEM_EXIT)) {
                Unraisable.write("Exception ignored in thread started by", function, e);
            }
        } finally {
            ThreadState state = ctx.getThreadState();
            if (state.getSentinel() instanceof PLock sentinel && sentinel.isLocked()) {
                sentinel.release();
            }
            gil.liveThreads().remove(Thread.currentThread());
            gil.release();
        }
    }
}
