package dev.taipan.runtime.trace;

import java.lang.ref.WeakReference;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.frame.MaterializedFrame;

import dev.taipan.runtime.frame.PFrame;

/**
 * One thread's frame objects by activation (its Truffle frame), so that an activation has one
 * frame object as in CPython. A frame object holds its Truffle frame, so the table refers to it
 * weakly (a WeakHashMap value would keep its own key alive): it lives as long as the program
 * holds it, and an activation that sys.settrace/setprofile saw start keeps its frame object
 * (with f_trace) until it returns.
 */
final class FrameObjects {
    private final Map<MaterializedFrame, WeakReference<PFrame>> byFrame = new WeakHashMap<>();
    private final Map<MaterializedFrame, PFrame> traced = new IdentityHashMap<>();

    PFrame get(MaterializedFrame frame) {
        WeakReference<PFrame> ref = byFrame.get(frame);
        return ref == null ? null : ref.get();
    }

    void put(MaterializedFrame frame, PFrame pf) {
        byFrame.put(frame, new WeakReference<>(pf));
    }

    /** Keeps the frame object of a traced activation until {@link #finished}. */
    void enter(MaterializedFrame frame, PFrame pf) {
        put(frame, pf);
        traced.put(frame, pf);
    }

    void finished(MaterializedFrame frame) {
        traced.remove(frame);
        byFrame.remove(frame);
    }
}
