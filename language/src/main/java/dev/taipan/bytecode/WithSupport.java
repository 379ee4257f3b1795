package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.PythonClass;

/** The context manager protocol of {@code with}. */
final class WithSupport {
    private WithSupport() {
    }

    static Object enter(VirtualFrame frame, LocalAccessor exitLocal, BytecodeNode bytecode, Object manager, boolean async) {
        Object[] methods = async ? lookupAsync(manager) : lookup(manager);
        exitLocal.setObject(bytecode, frame, methods[1]);
        return CallDispatch.callMethod(methods[0], manager);
    }

    @TruffleBoundary
    private static Object[] lookup(Object manager) {
        PythonClass type = PyObjectGetClass.get(manager);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null) {
            throw PythonErrors.typeError("'%s' object does not support the context manager protocol", type.getTpName());
        }
        if (exit == null) {
            throw PythonErrors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)", type.getTpName());
        }
        return new Object[]{enter, exit};
    }

    /** {__enter__, __exit__} of a class whose lookups can be cached, when both are plain methods; else null. */
    static Object[] plainMethods(PythonClass cls) {
        Object enter = dev.taipan.builtins.types.ClassCall.plainMethod(cls, "__enter__");
        Object exit = dev.taipan.builtins.types.ClassCall.plainMethod(cls, "__exit__");
        return enter != null && exit != null ? new Object[]{enter, exit} : null;
    }

    /** {@code async with}: __aenter__ and __aexit__, whose results are awaited. */
    @TruffleBoundary
    private static Object[] lookupAsync(Object manager) {
        PythonClass type = PyObjectGetClass.get(manager);
        Object enter = type.lookup("__aenter__");
        Object exit = type.lookup("__aexit__");
        if (enter == null) {
            throw PythonErrors.typeError("'%s' object does not support the asynchronous context manager protocol", type.getTpName());
        }
        if (exit == null) {
            throw PythonErrors.typeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", type.getTpName());
        }
        return new Object[]{enter, exit};
    }

    /** {@code __exit__(None, None, None)}; its result (awaited by async with). */
    @TruffleBoundary
    static Object exitNormal(Object manager, Object exit) {
        return CallDispatch.callMethod(exit, manager, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /** {@code __exit__(type, value, tb)}; its result (true suppresses; awaited first by async with). */
    @TruffleBoundary
    static Object exitExceptional(Object manager, Object exit, PException caught) {
        PBaseException e = caught.getPythonException();
        Object tb = e.getTraceback() == null ? PNone.NONE : e.getTraceback();
        return CallDispatch.callMethod(exit, manager, PyObjectGetClass.get(e), e, tb);
    }
}
