package dev.taipan.runtime.thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.TruffleSafepoint;

/**
 * The GIL: Python threads run one at a time, as CPython's do, so that the runtime's objects
 * (lists, dicts, ...) need no locking of their own. It stays off until a second thread starts,
 * so single-threaded programs never touch it. A thread that has waited a switch interval (5 ms,
 * CPython's default) asks the holder, through a Truffle thread-local action that runs at the
 * holder's next safepoint, to hand the lock over; blocking operations (sleep, lock waits, I/O)
 * release it around the wait.
 */
public final class GlobalInterpreterLock {
    /** sys.setswitchinterval (CPython's default, 5 ms). */
    private volatile long switchIntervalNanos = 5_000_000L;

    public double switchInterval() {
        return switchIntervalNanos / 1e9;
    }

    public void setSwitchInterval(double seconds) {
        switchIntervalNanos = Math.max(1L, (long) (seconds * 1e9));
    }

    /** Fair, so that a released GIL goes to the thread that has waited longest. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean active;
    private volatile Thread holder;
    /** The program is ending: threads other than the main one stop when they next want the GIL. */
    private volatile boolean shuttingDown;

    /** The threads started with _thread.start_new_thread that have not ended yet. */
    private final java.util.Set<Thread> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void shutDown() {
        shuttingDown = true;
    }

    java.util.Set<Thread> liveThreads() {
        return live;
    }

    /** Every thread started (a thread leaves {@link #liveThreads} just before it ends). */
    private final java.util.Set<Thread> started = java.util.concurrent.ConcurrentHashMap.newKeySet();

    java.util.Set<Thread> startedThreads() {
        return started;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Turns the GIL on (the calling thread, which is running Python, takes it). */
    @TruffleBoundary
    public void activate() {
        if (!active) {
            lock.lock();
            holder = Thread.currentThread();
            active = true;
        }
    }

    /** Waits for the GIL, asking its holder to let go after each switch interval. */
    @TruffleBoundary
    public void acquire(Env env) {
        if (!active) {
            return;
        }
        while (true) {
            if (shuttingDown) {
                throw new ThreadShutdown();
            }
            try {
                if (lock.tryLock(switchIntervalNanos, TimeUnit.NANOSECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                // a safepoint or cancellation: handled by the poll below
            }
            Thread h = holder;
            if (h != null && h != Thread.currentThread()) {
                env.submitThreadLocal(new Thread[]{h}, new HandOver());
            }
            TruffleSafepoint.pollHere(null);
        }
        holder = Thread.currentThread();
    }

    @TruffleBoundary
    public void release() {
        if (active && lock.isHeldByCurrentThread()) {
            holder = null;
            lock.unlock();
        }
    }

    /** Runs a blocking operation without the GIL, so that other threads run meanwhile. */
    @TruffleBoundary
    public <T> T releaseWhile(Env env, Supplier<T> blocking) {
        if (!active || !lock.isHeldByCurrentThread()) {
            return blocking.get();
        }
        release();
        try {
            return blocking.get();
        } finally {
            acquire(env);
        }
    }

    /** {@link #releaseWhile} with the current context's GIL. */
    @TruffleBoundary
    public static <T> T whileBlocked(Supplier<T> blocking) {
        dev.taipan.TaipanContext ctx = dev.taipan.TaipanContext.get(null);
        return ctx.getGil().releaseWhile(ctx.getEnv(), blocking);
    }

    /** A blocking I/O wait. */
    public interface IOWait {
        int run() throws java.io.IOException;
    }

    /** {@link #whileBlocked} for a wait that may throw IOException (socket selectors). */
    @TruffleBoundary
    public static int whileBlockedIO(IOWait wait) throws java.io.IOException {
        java.io.IOException[] failure = new java.io.IOException[1];
        int r = whileBlocked(() -> {
            try {
                return wait.run();
            } catch (java.io.IOException e) {
                failure[0] = e;
                return 0;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return r;
    }

    /** Gives the GIL to a waiting thread and queues up for it again. */
    @TruffleBoundary
    void handOver(Env env) {
        if (lock.isHeldByCurrentThread() && lock.hasQueuedThreads()) {
            release();
            acquire(env);
        }
    }

    private final class HandOver extends ThreadLocalAction {
        HandOver() {
            super(false, false);
        }

        @Override
        protected void perform(Access access) {
            handOver(dev.taipan.TaipanContext.get(null).getEnv());
        }
    }
}
