package dev.taipan.runtime.objects;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.dict.HiddenKey;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * Weak references: which objects may be weakly referenced, the refs each object has (kept on
 * the object, so {@code ref(x) is ref(x)} like CPython), and the callbacks of refs whose
 * referent the JVM has collected. Callbacks run when the queue is drained: on creating a ref
 * and on {@code gc.collect()}.
 */
public final class WeakRefs {
    private WeakRefs() {
    }

    /**
     * The current context's queue of dead refs: a callback must only run in the context that
     * created it (one JVM may run several contexts one after another).
     */
    static ReferenceQueue<Object> queue() {
        return dev.taipan.TaipanContext.get(null).getWeakRefQueue();
    }
    private static final HiddenKey REFS = new HiddenKey("weakrefs");

    /** CPython's types with a weak reference list, and user classes that have or inherit one. */
    public static boolean isWeakReferenceable(Object o) {
        if (!(o instanceof PythonObject po)) {
            return false;
        }
        PythonClass cls = po.getExplicitClass();
        if (o instanceof PWeakRef && cls == null) {
            return false;   // a plain ref or proxy; subclasses such as WeakMethod list __weakref__ in __slots__
        }
        if (cls != null && !cls.isBuiltin()) {
            return cls.hasFlag(BuiltinType.Flags.WEAKREFS);
        }
        return hasWeakList(cls != null ? cls.getBuiltinType() : po.builtinType());
    }

    /** Whether {@code o} is a {@code weakref.proxy}: operators see through it to its referent. */
    public static boolean isProxy(Object o) {
        return o instanceof PWeakRef r && r.kind() != PWeakRef.Kind.REF;
    }

    /** The referent of a proxy (ReferenceError once it died); any other object as it is. */
    public static Object throughProxy(Object o) {
        return isProxy(o) ? liveReferent(o) : o;
    }

    /** The live referent of a proxy; ReferenceError once it died. */
    public static Object liveReferent(Object proxy) {
        Object v = proxy instanceof PWeakRef r ? r.get() : null;
        if (v == null) {
            throw PythonErrors.raise(BuiltinType.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return v;
    }

    /** The builtin types whose instances CPython gives a weak reference list. */
    public static boolean hasWeakList(BuiltinType type) {
        return switch (type) {
            case TYPE, FUNCTION, METHOD, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, SET, FROZENSET, GENERATOR, COROUTINE, ASYNC_GENERATOR, CODE, MODULE, PROPERTY,
                            CLASSMETHOD, STATICMETHOD, GENERIC_ALIAS, UNION_TYPE, SIMPLE_NAMESPACE, TEXT_IO_WRAPPER, SRE_PATTERN ->
                true;
            default -> false;
        };
    }

    /** {@code weakref.ref(obj, callback)}: reuses the object's plain ref when there is no callback. */
    @TruffleBoundary
    public static PWeakRef create(PythonClass cls, Object obj, Object callback, PWeakRef.Kind kind) {
        drainQueue();
        if (!isWeakReferenceable(obj)) {
            throw PythonErrors.typeError("cannot create weak reference to '%s' object", PyObjectGetClass.typeName(obj));
        }
        boolean plain = cls == null && (callback == null || callback == PNone.NONE);
        List<PWeakRef> refs = refsOf((PythonObject) obj, true);
        if (plain) {
            for (PWeakRef r : refs) {
                if (r.kind() == kind && r.getExplicitClass() == null && (r.callback() == null || r.callback() == PNone.NONE)) {
                    return r;
                }
            }
        }
        PWeakRef r = new PWeakRef(cls, obj, callback == PNone.NONE ? null : callback, kind);
        refs.add(r);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<PWeakRef> refsOf(PythonObject obj, boolean create) {
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        Object list = lib.getOrDefault(obj, REFS, null);
        if (list == null && create) {
            list = new ArrayList<PWeakRef>();
            lib.put(obj, REFS, list);
        }
        return list == null ? List.of() : (List<PWeakRef>) list;
    }

    @TruffleBoundary
    public static int count(Object obj) {
        return obj instanceof PythonObject po ? refsOf(po, false).size() : 0;
    }

    @TruffleBoundary
    public static List<PWeakRef> refs(Object obj) {
        return obj instanceof PythonObject po ? new ArrayList<>(refsOf(po, false)) : List.of();
    }

    /** Runs the callbacks of refs whose referents were collected. */
    @TruffleBoundary
    public static void drainQueue() {
        ReferenceQueue<Object> queue = queue();
        Reference<?> r;
        while ((r = queue.poll()) != null) {
            runCallback(r);
        }
    }

    /**
     * After a full collection: the JVM's reference-handler thread enqueues cleared references a
     * moment later, so wait briefly for the first and keep taking them while they keep coming.
     */
    @TruffleBoundary
    public static void drainQueueAfterCollection() {
        ReferenceQueue<Object> queue = queue();
        try {
            Reference<?> r = queue.remove(25);
            while (r != null) {
                runCallback(r);
                r = queue.remove(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runCallback(Reference<?> r) {
        PWeakRef ref = ((PWeakRef.Referent) r).owner;
        Object cb = ref.callback();
        if (cb != null) {
            try {
                CallDispatch.call(cb, ref);
            } catch (PException e) {
                // CPython reports exceptions in weakref callbacks as unraisable and goes on
                System.err.println("Exception ignored in: " + cb);
            }
        }
    }

    public static boolean isRef(Object o) {
        return o instanceof PWeakRef r && r.kind() == PWeakRef.Kind.REF;
    }

    static BuiltinType kindType(PWeakRef.Kind k) {
        return k == PWeakRef.Kind.REF ? BuiltinType.WEAKREF : k == PWeakRef.Kind.PROXY ? BuiltinType.WEAKPROXY : BuiltinType.WEAKCALLABLEPROXY;
    }
}
