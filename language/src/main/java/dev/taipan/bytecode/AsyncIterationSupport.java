package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsInstance;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The asynchronous iterator protocol of {@code async for}: __aiter__, __anext__, StopAsyncIteration. */
final class AsyncIterationSupport {
    private AsyncIterationSupport() {
    }

    @TruffleBoundary
    static Object aiter(Object iterable) {
        PythonClass type = PyObjectGetClass.get(iterable);
        Object aiter = type.lookup("__aiter__");
        if (aiter == null) {
            throw PythonErrors.typeError("'async for' requires an object with __aiter__ method, got %s", type.getTpName());
        }
        Object it = CallDispatch.callMethod(aiter, iterable);
        if (PyObjectGetClass.get(it).lookup("__anext__") == null) {
            throw PythonErrors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s", PyObjectGetClass.typeName(it));
        }
        return it;
    }

    /** The awaitable {@code type(it).__anext__(it)}. */
    @TruffleBoundary
    static Object anext(Object iterator) {
        PythonClass type = PyObjectGetClass.get(iterator);
        Object anext = type.lookup("__anext__");
        if (anext == null) {
            throw PythonErrors.typeError("'async for' requires an iterator with __anext__ method, got %s", type.getTpName());
        }
        Object awaitable = CallDispatch.callMethod(anext, iterator);
        if (!GeneratorSupport.isAwaitable(awaitable)) {
            throw PythonErrors.typeError("'async for' received an invalid object from __anext__: %s", PyObjectGetClass.typeName(awaitable));
        }
        return awaitable;
    }

    @TruffleBoundary
    static boolean isStopAsyncIteration(Object caught) {
        return caught instanceof PException e && PyObjectIsInstance.isInstance(e.getPythonException(),
                        dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.STOP_ASYNC_ITERATION));
    }
}
