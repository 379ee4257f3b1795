package dev.taipan.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the heap near its live data by asking for a full collection once it has grown past
 * twice that, the way CPython's oldest-generation collections and PyPy's major collections are
 * paced.
 *
 * On a small heap with little survivor space (SerialGC on 2 cores runs with a tenuring threshold
 * of 1) whatever is alive at a young collection is soon promoted, and the old generation is
 * collected only when the heap is full. A loop that replaces a 10 MB list took 1.2 GB after 15 s
 * (CPython: 34 MB) and 4 GiB after a minute. Worse for Python semantics: objects that died after
 * promotion are found unreachable only then, so their {@code __del__} or an abandoned async
 * generator's finalizer waited a minute (see {@link Finalization}).
 *
 * A daemon thread looks at the heap in use every {@link #PERIOD_MS} ms and requests a full
 * collection once it exceeds the live data after the last one by that live size again, and by
 * at least {@link #MIN_GROWTH}. It runs while a context that wants it (option HeapPacing) is
 * open. One per JVM.
 */
public final class HeapPacer {
    /** Growth below this never triggers a collection: small heaps are cheap to keep. */
    private static final long MIN_GROWTH = 256L << 20;
    private static final long PERIOD_MS = 200;

    private static final Set<Object> owners = ConcurrentHashMap.newKeySet();
    /** The pacing thread is alive (guarded by HeapPacer.class). */
    private static boolean running;

    private HeapPacer() {
    }

    /** Paces the heap until {@code owner} is unregistered. */
    public static synchronized void register(Object owner) {
        owners.add(owner);
        if (!running) {
            running = true;
            Thread t = new Thread(HeapPacer::pace, "taipan-heap-pacer");
            t.setDaemon(true);
            t.start();
        }
    }

    public static void unregister(Object owner) {
        owners.remove(owner);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static synchronized boolean keepRunning() {
        if (owners.isEmpty()) {
            running = false;
        }
        return running;
    }

    private static void pace() {
        long limit = used() + MIN_GROWTH;
        while (keepRunning()) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (used() > limit) {
                System.gc();
                long live = used();
                limit = live + Math.max(live, MIN_GROWTH);
            }
        }
    }
}
