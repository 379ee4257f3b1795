package dev.taipan.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks for a full collection often enough that finalizers run, as CPython's oldest-generation
 * collections do.
 *
 * A collector finds an object unreachable only when it collects the generation the object is
 * in. On a small heap with little survivor space (SerialGC on a 2-core machine: a tenuring
 * threshold of 1) anything alive at a young collection is soon promoted, and after that only a
 * full collection can find it. The JVM runs one when the heap is full, so under a large -Xmx an
 * abandoned async generator or a {@code __del__} waited for gigabytes of allocation: a minute,
 * measured, with 4 GiB of garbage in the old generation.
 *
 * CPython runs a full collection once its long-lived objects have grown by a quarter; PyPy
 * once its heap has grown 1.82× over the live data. Here a daemon thread looks at the heap in
 * use every {@link #PERIOD_MS} ms and requests a full collection once it exceeds the live data
 * of the last full one by that live size again, and by at least {@link #MIN_GROWTH}. It runs
 * only while a context has finalizable objects (see {@link Finalization}). One per JVM.
 */
final class HeapPacer {
    /** Growth below this never triggers a collection: small heaps are cheap to keep. */
    private static final long MIN_GROWTH = 256L << 20;
    private static final long PERIOD_MS = 200;

    private static final Set<Finalization> active = ConcurrentHashMap.newKeySet();
    /** The pacing thread is alive (guarded by HeapPacer.class). */
    private static boolean running;

    private HeapPacer() {
    }

    /** {@code f} has finalizable objects: pace the heap until it closes. */
    static synchronized void register(Finalization f) {
        active.add(f);
        if (!running) {
            running = true;
            Thread t = new Thread(HeapPacer::pace, "taipan-heap-pacer");
            t.setDaemon(true);
            t.start();
        }
    }

    static void unregister(Finalization f) {
        active.remove(f);
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static synchronized boolean keepRunning() {
        if (active.isEmpty()) {
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
