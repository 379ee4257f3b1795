package dev.taipan.runtime.generator;

import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;

/**
 * What {@code coro.__await__()} returns: an iterator that drives the coroutine, so code can
 * {@code yield from} or {@code next()} it (a coroutine itself is not iterable).
 */
public final class PCoroutineWrapper extends PythonObject {
    private final PGenerator coroutine;

    public PCoroutineWrapper(PGenerator coroutine) {
        this.coroutine = coroutine;
    }

    public PGenerator coroutine() {
        return coroutine;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.COROUTINE_WRAPPER;
    }
}
