package dev.taipan.runtime.strings;

import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Remembers what was computed from the last few strings seen, by identity (strings are
 * immutable, so an answer never goes stale): loops that look at one big string over and over
 * (a tokenizer, a JSON scanner calling match(s, pos)) then compute it once, not per call.
 * Unsynchronised on purpose: entries are immutable records, so a racing thread at worst
 * recomputes.
 */
public final class RecentStrings<V> {
    private record Entry<V>(String string, V value) {
    }

    private final Entry<V>[] slots;
    private final Function<String, V> compute;

    @SuppressWarnings("unchecked")
    public RecentStrings(int sizePowerOfTwo, Function<String, V> compute) {
        this.slots = new Entry[sizePowerOfTwo];
        this.compute = compute;
    }

    @TruffleBoundary
    public V get(String s) {
        int slot = System.identityHashCode(s) & (slots.length - 1);
        Entry<V> e = slots[slot];
        if (e != null && e.string == s) {
            return e.value;
        }
        V v = compute.apply(s);
        slots[slot] = new Entry<>(s, v);
        return v;
    }
}
