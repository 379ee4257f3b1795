package dev.taipan.runtime.trace;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeRootNodes;

import dev.taipan.bytecode.PBytecodeRootNode;
import dev.taipan.bytecode.PBytecodeRootNodeGen;

/**
 * The trace operations (TraceCall, TraceLine, TraceReturn) are Bytecode DSL instrumentations:
 * until a program first sets a trace or profile function they are not in any bytecode, so
 * programs that never trace pay nothing. Then every root made so far is updated to include them
 * (the DSL reparses it, also under frames that are running), and new roots include them from
 * the start. Roots are remembered weakly, as compiled units come and go.
 */
public final class TracedRoots {
    private static final BytecodeConfig TRACING = PBytecodeRootNodeGen.newConfigBuilder().addSource()
                    .addInstrumentation(PBytecodeRootNode.TraceCall.class)
                    .addInstrumentation(PBytecodeRootNode.TraceLine.class)
                    .addInstrumentation(PBytecodeRootNode.TraceReturn.class)
                    .addInstrumentation(PBytecodeRootNode.TraceYield.class)
                    .addInstrumentation(PBytecodeRootNode.TraceResume.class).build();

    private static final List<WeakReference<BytecodeRootNodes<PBytecodeRootNode>>> ROOTS = new ArrayList<>();
    private static volatile boolean enabled;

    private TracedRoots() {
    }

    /** The config a new root is made with. */
    public static BytecodeConfig config() {
        return enabled ? TRACING : BytecodeConfig.WITH_SOURCE;
    }

    @TruffleBoundary
    public static void register(BytecodeRootNodes<PBytecodeRootNode> nodes) {
        if (enabled) {
            return;   // made with the trace operations already
        }
        synchronized (ROOTS) {
            if (ROOTS.size() % 1024 == 1023) {
                ROOTS.removeIf(r -> r.get() == null);
            }
            ROOTS.add(new WeakReference<>(nodes));
        }
    }

    /** Puts the trace operations into every root (once). */
    @TruffleBoundary
    public static void enable() {
        if (enabled) {
            return;
        }
        List<BytecodeRootNodes<PBytecodeRootNode>> all = new ArrayList<>();
        synchronized (ROOTS) {
            enabled = true;
            for (WeakReference<BytecodeRootNodes<PBytecodeRootNode>> r : ROOTS) {
                BytecodeRootNodes<PBytecodeRootNode> n = r.get();
                if (n != null) {
                    all.add(n);
                }
            }
            ROOTS.clear();
        }
        for (BytecodeRootNodes<PBytecodeRootNode> n : all) {
            n.update(TRACING);
        }
    }
}
