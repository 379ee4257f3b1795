package dev.taipan.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.HiddenKey;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.Unraisable;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PythonObject;

/**
 * {@code __del__} of instances of Python classes that define one: run when the collector finds
 * the instance unreachable (see {@link Finalization}), and by {@code gc.collect()}. CPython runs
 * it the moment the last reference goes; here it runs at the next collection that notices.
 * Instances get their guard when created (or given such a class by {@code __class__}
 * assignment), so a {@code __del__} added to a class later covers only instances made after.
 * The ones still alive at exit are finalized then (see {@link #runAtExit}). One per context.
 */
public final class DelFinalizer implements Finalization.Finalizer {
    private static final HiddenKey GUARD = new HiddenKey("finalization guard");

    /** The instances given a guard, in creation order, for the finalization at exit. */
    private final WeakList<PythonObject> guarded = new WeakList<>();

    @TruffleBoundary
    public static void attach(PythonObject obj) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        if (lib.containsKey(obj, GUARD)) {
            return;
        }
        TaipanContext context = TaipanContext.get(null);
        if (context == null) {
            return;
        }
        DelFinalizer self = context.getDelFinalizer();
        // the guard is reachable only from the object: both become unreachable together
        lib.put(obj, GUARD, context.getFinalization().guard(obj, self));
        self.guarded.add(obj);
    }

    /**
     * At exit, after the atexit callbacks: CPython's shutdown clears the modules, and the objects
     * that go with them are finalized; here every instance whose {@code __del__} has not run yet
     * gets it now, in creation order.
     */
    @TruffleBoundary
    public void runAtExit() {
        for (PythonObject o : guarded.takeAll()) {
            run(o);
        }
    }

    @Override
    public boolean isDue(Object obj) {
        return true;
    }

    @Override
    public void run(Object obj) {
        // once per object: by the collector or at exit, whichever comes first (PEP 442)
        if (!DynamicObjectLibrary.getUncached().removeKey((PythonObject) obj, GUARD)) {
            return;
        }
        Object del = PyObjectGetClass.get(obj).lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            CallDispatch.callMethod(del, obj);
        } catch (PException e) {
            // CPython names the method: "Exception ignored in: <function R.__del__ at 0x...>"
            Unraisable.write(del, e);
        }
    }
}
