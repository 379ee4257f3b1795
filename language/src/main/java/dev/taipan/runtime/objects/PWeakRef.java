package dev.taipan.runtime.objects;

import java.lang.ref.WeakReference;

import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A weak reference ({@code weakref.ref}) or weak proxy. The referent is held by a Java weak
 * reference; when the JVM collects it, {@link WeakRefs} runs the callback.
 */
public final class PWeakRef extends PythonObject {
    /** ref, proxy or callable proxy. */
    public enum Kind {
        REF,
        PROXY,
        CALLABLE_PROXY
    }

    private final Referent referent;
    private final Object callback;
    private final Kind kind;
    /** The referent's hash, remembered so a dead ref stays usable as a dict key. */
    private Long hash;

    /** The Java side of the reference, enqueued when the referent dies. */
    static final class Referent extends WeakReference<Object> {
        final PWeakRef owner;
        /** The context whose code the callback belongs to: the JVM-wide queue sees all contexts' refs. */
        final dev.taipan.TaipanContext context;

        Referent(Object referent, PWeakRef owner, java.lang.ref.ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.owner = owner;
            this.context = dev.taipan.TaipanContext.get(null);
        }
    }

    PWeakRef(PythonClass cls, Object referent, Object callback, Kind kind) {
        super(cls);
        // only a ref with a callback needs to be queued, on its own context's queue
        this.referent = new Referent(referent, this, callback == null ? null : WeakRefs.queue());
        this.callback = callback;
        this.kind = kind;
    }

    /** The referent, or null once it has been collected. */
    public Object get() {
        return referent.get();
    }

    public Object callback() {
        return callback;
    }

    public Kind kind() {
        return kind;
    }

    public Long cachedHash() {
        return hash;
    }

    public void setCachedHash(long h) {
        hash = h;
    }

    @Override
    public BuiltinType builtinType() {
        return switch (kind) {
            case REF -> BuiltinType.WEAKREF;
            case PROXY -> BuiltinType.WEAKPROXY;
            case CALLABLE_PROXY -> BuiltinType.WEAKCALLABLEPROXY;
        };
    }
}
