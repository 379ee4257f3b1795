package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** raise, except matching and the "exception being handled" state (sys.exc_info). */
final class ExceptionSupport {
    private ExceptionSupport() {
    }

    @TruffleBoundary
    static PException raise(Object exc, Object cause, Node node) {
        PBaseException e = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != PNone.NO_VALUE) {
            if (cause == PNone.NONE) {
                e.setCause(null);
            } else {
                e.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
            e.setSuppressContext(true);
        }
        return new PException(e, node);
    }

    /** An exception class is called without arguments; an instance is used as is. */
    @TruffleBoundary
    static PBaseException instantiate(Object exc, String error) {
        if (exc instanceof PBaseException e) {
            return e;
        }
        if (exc instanceof PythonClass cls && cls.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
            Object inst = CallDispatch.call(cls);
            if (inst instanceof PBaseException e) {
                return e;
            }
            throw PythonErrors.typeError("calling %s should have returned an instance of BaseException, not %s", PyObjectGetClass.typeName(exc), PyObjectGetClass.typeName(inst));
        }
        throw PythonErrors.typeError("%s", error);
    }

    @TruffleBoundary
    static PException reraiseCurrent(Node node) {
        PBaseException handled = ThreadState.get(node).getHandledException();
        if (handled == null) {
            return PythonErrors.runtimeError("No active exception to reraise");
        }
        return new PException(handled, node);
    }

    @TruffleBoundary
    static boolean matches(PException caught, Object type) {
        PythonClass excClass = PyObjectGetClass.get(caught.getPythonException());
        if (type instanceof PTuple t) {
            // every item is checked before any is matched, as CPython's check_except_type_valid
            for (Object item : t.items()) {
                catchable(item);
            }
            for (Object item : t.items()) {
                if (excClass.isSubclassOf((PythonClass) item)) {
                    return true;
                }
            }
            return false;
        }
        return excClass.isSubclassOf(catchable(type));
    }

    private static PythonClass catchable(Object type) {
        if (!(type instanceof PythonClass cls) || !cls.isSubtypeOfBuiltin(BuiltinType.BASE_EXCEPTION)) {
            throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return cls;
    }

    static Object enterHandler(PException caught, Node node) {
        ThreadState ts = ThreadState.get(node);
        PBaseException prev = ts.getLocalHandledException();
        ts.setHandledException(caught.getPythonException());
        return prev == null ? PNone.NO_VALUE : prev;
    }

    static void exitHandler(Object previous, Node node) {
        ThreadState.get(node).setHandledException(previous == PNone.NO_VALUE ? null : (PBaseException) previous);
    }

    @TruffleBoundary
    static PException assertionError(Object msg, Node node) {
        PBaseException e;
        if (msg == PNone.NO_VALUE) {
            e = PythonErrors.createException(BuiltinType.ASSERTION_ERROR, null);
        } else {
            Object inst = CallDispatch.call(TaipanContext.get(node).getBuiltinClass(BuiltinType.ASSERTION_ERROR), msg);
            e = (PBaseException) inst;
        }
        return new PException(e, node);
    }
}
