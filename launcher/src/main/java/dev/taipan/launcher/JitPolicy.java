package dev.taipan.launcher;

import java.util.Map;

/**
 * How the launcher tunes Truffle's compilation for the machine it runs on (options the user
 * passes on the command line win).
 *
 * <p>On a machine with at most two cores a background compilation competes for them with the
 * interpreting main thread and with HotSpot's C1 thread, which is compiling the Graal compiler
 * itself while it warms up: measured on two cores, the first compilation of a program took about
 * 0.85 s in the background against 0.4 s with the main thread waiting, and the interpreter (20
 * times slower than compiled code at that point) gained little meanwhile. There the main thread
 * therefore compiles what becomes hot itself, in one tier (no first-tier code without inlining
 * that a second compilation replaces soon after): recursive fib, closure and nested-loop
 * benchmarks ran 20-25% faster end to end. With more cores the defaults (background, two tiers)
 * are better and stay.
 */
final class JitPolicy {
    /** At or below this many cores the main thread compiles synchronously. */
    static final int FEW_CORES = 2;

    private JitPolicy() {
    }

    static void applyDefaults(Map<String, String> options, int cores) {
        if (cores > FEW_CORES || "false".equals(options.get("engine.Compilation"))) {
            return;
        }
        options.putIfAbsent("engine.BackgroundCompilation", "false");
        options.putIfAbsent("engine.MultiTier", "false");
    }
}
