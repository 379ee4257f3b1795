package dev.taipan.bytecode;

import com.oracle.truffle.api.CompilerDirectives;

import dev.taipan.runtime.exceptions.ExceptionFields;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/** The NameError family with CPython's messages. */
final class NameErrors {
    private NameErrors() {
    }

    static PException unboundLocal(String name) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(BuiltinType.UNBOUND_LOCAL_ERROR, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    static PException unboundFree(String name) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(BuiltinType.NAME_ERROR, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }

    static PException notDefined(String name) {
        CompilerDirectives.transferToInterpreter();
        PException e = PythonErrors.raise(BuiltinType.NAME_ERROR, "name '%s' is not defined", name);
        ExceptionFields.set(e.getPythonException(), ExceptionFields.NAME, name);
        return e;
    }
}
