package dev.taipan.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Objects kept in insertion order without keeping them alive (a class's subclasses, the
 * instances awaiting their {@code __del__}). Entries of collected objects are dropped whenever
 * the list has doubled since the last time, so a long run of short-lived objects does not grow
 * it without bound. Thread-safe.
 */
public final class WeakList<T> {
    private final List<WeakReference<T>> refs = new ArrayList<>();
    private int pruneAt = 16;

    @TruffleBoundary
    public synchronized void add(T o) {
        if (refs.size() >= pruneAt) {
            refs.removeIf(r -> r.get() == null);
            pruneAt = Math.max(16, refs.size() * 2);
        }
        refs.add(new WeakReference<>(o));
    }

    @TruffleBoundary
    public synchronized void remove(T o) {
        refs.removeIf(r -> r.get() == null || r.get() == o);
    }

    /** The objects still alive, in insertion order. */
    @TruffleBoundary
    public synchronized List<T> live() {
        List<T> out = new ArrayList<>(refs.size());
        for (WeakReference<T> r : refs) {
            T o = r.get();
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** {@link #live()}, emptying the list. */
    @TruffleBoundary
    public synchronized List<T> takeAll() {
        List<T> out = live();
        refs.clear();
        return out;
    }
}
