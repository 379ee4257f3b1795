package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonNullaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.objects.WeakRefs;

/**
 * {@code gc}: the JVM's collector stands behind it. {@code collect()} asks the JVM to collect and
 * then runs the callbacks of weak references whose referents died and the finalizers of the
 * objects found unreachable; thresholds and counts are
 * CPython's defaults, kept only so code that reads them works.
 */
public final class GcModule implements BuiltinRegistry.ModuleDefinition {
    private static volatile boolean enabled = true;

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(GcModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("garbage", new PList());
        m.setAttribute("callbacks", new PList());
        m.setAttribute("DEBUG_STATS", 1L);
        m.setAttribute("DEBUG_COLLECTABLE", 2L);
        m.setAttribute("DEBUG_UNCOLLECTABLE", 4L);
        m.setAttribute("DEBUG_SAVEALL", 32L);
        m.setAttribute("DEBUG_LEAK", 38L);
    }

    @Builtin(name = "collect", params = {"generation"}, required = 0, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class CollectNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCollect(Object generation) {
            System.gc();
            // the guards of unreachable objects reach Finalization through the JVM's finalizer thread
            runPendingFinalization();
            WeakRefs.drainQueueAfterCollection();
            TaipanContext.get(null).getFinalization().runDue();
            return 0L;
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void runPendingFinalization() {
        System.runFinalization();
    }

    @Builtin(name = "enable")
    @GenerateNodeFactory
    public abstract static class EnableNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doEnable() {
            enabled = true;
            return PNone.NONE;
        }
    }

    @Builtin(name = "disable")
    @GenerateNodeFactory
    public abstract static class DisableNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doDisable() {
            enabled = false;
            return PNone.NONE;
        }
    }

    @Builtin(name = "isenabled")
    @GenerateNodeFactory
    public abstract static class IsEnabledNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doIsEnabled() {
            return enabled;
        }
    }

    @Builtin(name = "get_threshold")
    @GenerateNodeFactory
    public abstract static class GetThresholdNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return PTuple.of(700L, 10L, 10L);
        }
    }

    @Builtin(name = "set_threshold", varargs = "thresholds")
    @GenerateNodeFactory
    public abstract static class SetThresholdNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSet(Object thresholds) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_count")
    @GenerateNodeFactory
    public abstract static class GetCountNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doGet() {
            return PTuple.of(0L, 0L, 0L);
        }
    }

    @Builtin(name = "is_tracked", params = {"obj"})
    @GenerateNodeFactory
    public abstract static class IsTrackedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIsTracked(Object obj) {
            return obj instanceof dev.taipan.runtime.objects.PythonObject;
        }
    }

    @Builtin(name = "get_referrers", varargs = "objs")
    @GenerateNodeFactory
    public abstract static class GetReferrersNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGet(Object objs) {
            return new PList();
        }
    }

    @Builtin(name = "freeze")
    @GenerateNodeFactory
    public abstract static class FreezeNode extends PythonNullaryBuiltinNode {
        @Specialization
        static Object doFreeze() {
            return PNone.NONE;
        }
    }
}
