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

    static Object enter(VirtualFrame frame, LocalAccessor exitLocal, BytecodeNode bytecode, Object manager) {
        Object[] methods = lookup(manager);
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

    @TruffleBoundary
    static void exitNormal(Object manager, Object exit) {
        CallDispatch.callMethod(exit, manager, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    @TruffleBoundary
    static boolean exitExceptional(Object manager, Object exit, PException caught) {
        PBaseException e = caught.getPythonException();
        Object tb = e.getTraceback() == null ? PNone.NONE : e.getTraceback();
        return PyObjectIsTrue.execute(CallDispatch.callMethod(exit, manager, PyObjectGetClass.get(e), e, tb));
    }
}
