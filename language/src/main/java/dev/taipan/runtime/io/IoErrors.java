package dev.taipan.runtime.io;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.TaipanContext;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PBaseException;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.os.OsState;
import dev.taipan.runtime.types.BuiltinType;

/** The exceptions of the io stack: io.UnsupportedOperation and "I/O operation on closed file". */
public final class IoErrors {
    private IoErrors() {
    }

    /** io.UnsupportedOperation, a subclass of OSError and ValueError made once per context. */
    @TruffleBoundary
    public static Object unsupportedOperationClass() {
        OsState st = OsState.get();
        Object c = st.unsupportedOperation;
        if (c == null) {
            TaipanContext ctx = TaipanContext.get(null);
            PDict ns = new PDict();
            ns.setString("__module__", "io");
            c = CallDispatch.call(ctx.getBuiltinClass(BuiltinType.TYPE), "UnsupportedOperation",
                            new PTuple(new Object[]{ctx.getBuiltinClass(BuiltinType.OS_ERROR), ctx.getBuiltinClass(BuiltinType.VALUE_ERROR)}), ns);
            st.unsupportedOperation = c;
        }
        return c;
    }

    public static PException unsupported(String message) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return unsupportedBoundary(message);
    }

    @TruffleBoundary
    private static PException unsupportedBoundary(String message) {
        return new PException((PBaseException) CallDispatch.call(unsupportedOperationClass(), message), null);
    }

    public static PException closed() {
        return PythonErrors.valueError("I/O operation on closed file.");
    }
}
