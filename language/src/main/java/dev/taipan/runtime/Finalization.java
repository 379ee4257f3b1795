package dev.taipan.runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.Unraisable;
import dev.taipan.runtime.thread.GlobalInterpreterLock;

/**
 * Finalizers of objects the JVM's collector found unreachable (CPython's tp_finalize).
 *
 * CPython runs a finalizer the moment the last reference goes; on the JVM an object is found
 * unreachable at some later collection, and the finalizer still needs the object itself (an
 * async generator's finalizer hook receives it). {@code Object.finalize} is the JVM's one hook
 * that may bring an object back, so the Python object holds a small {@link Guard} that only it
 * references: when the collector finds both unreachable, the guard's finalize() queues the
 * object here, and a Truffle thread-local action runs the finalizer at a Python thread's next
 * safepoint, holding the GIL. gc.collect() runs due finalizers before it returns.
 *
 * Finalizable objects cost the collector, so only objects whose finalizer is observable get a
 * guard. {@link HeapPacer} makes sure that the ones promoted to the old generation are found too,
 * without waiting for the heap to fill.
 */
public final class Finalization {
    /** What an object's finalization does. */
    public interface Finalizer {
        /** Whether there is anything to do; called on the JVM's finalizer thread, so it only reads. */
        boolean isDue(Object obj);

        /** Runs the finalizer on a Python thread; exceptions are reported as unraisable. */
        void run(Object obj);
    }

    private final TaipanContext context;
    private final ConcurrentLinkedQueue<Guard> due = new ConcurrentLinkedQueue<>();
    /** An action to run the due finalizers is on its way to the Python threads. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;

    public Finalization(TaipanContext context) {
        this.context = context;
    }

    /** A guard that {@code obj} must keep in a field: it finalizes obj once both are unreachable. */
    public Object guard(Object obj, Finalizer finalizer) {
        return new Guard(this, obj, finalizer);
    }

    /** The context is closing: finalizers found later are dropped, as CPython drops them at exit. */
    public void close() {
        closed = true;
        due.clear();
    }

    /** On the JVM's finalizer thread: queues the object and asks a Python thread to finalize it. */
    private void found(Guard g) {
        if (closed || !g.finalizer.isDue(g.obj)) {
            return;
        }
        due.add(g);
        if (scheduled.compareAndSet(false, true)) {
            try {
                // any Python thread will do (the first one there drains the queue); asynchronous
                // and side-effecting, since finalizers run Python code
                context.getEnv().submitThreadLocal(null, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        runDue();
                    }
                });
            } catch (RuntimeException contextGone) {
                // the context closed in the meantime: nothing left to finalize for
                scheduled.set(false);
            }
        }
    }

    /** Runs the queued finalizers on the current (Python) thread. */
    @TruffleBoundary
    public void runDue() {
        scheduled.set(false);
        if (due.isEmpty() || closed) {
            return;
        }
        GlobalInterpreterLock gil = context.getGil();
        // a thread blocked in a wait performs actions without the GIL
        boolean take = gil.isActive() && !gil.isHeldByCurrentThread();
        if (take) {
            gil.acquire(context.getEnv());
        }
        try {
            Guard g;
            while ((g = due.poll()) != null) {
                try {
                    g.finalizer.run(g.obj);
                } catch (PException e) {
                    Unraisable.write(g.obj, e);
                }
            }
        } finally {
            if (take) {
                gil.release();
            }
        }
    }

    /** Referenced only by the object it guards, so the two become unreachable together. */
    private static final class Guard {
        private final Finalization owner;
        private final Object obj;
        private final Finalizer finalizer;

        Guard(Finalization owner, Object obj, Finalizer finalizer) {
            this.owner = owner;
            this.obj = obj;
            this.finalizer = finalizer;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            owner.found(this);
        }
    }
}
