package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PGetSetDescriptor;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;

/**
 * The {@code __dict__} attribute of builtin types whose instances carry attributes (functions,
 * exceptions, SimpleNamespace, classmethod, staticmethod), as CPython's tp_dictoffset types have.
 */
public final class InstanceDictBuiltins {
    private InstanceDictBuiltins() {
    }

    @Builtin(name = "__dict__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DictNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDict(Object self, Object value) {
            if (!(self instanceof PythonObject obj)) {
                throw PythonErrors.typeError("'%s' object has no attribute '__dict__'", PyObjectGetClass.typeName(self));
            }
            if (value == PNone.NO_VALUE) {
                return GenericAttributes.getDict(obj);
            }
            if (value == PGetSetDescriptor.DELETE) {
                throw PythonErrors.typeError("__dict__ must be set to a dictionary, not a '%s'", PyObjectGetClass.typeName(value));
            }
            GenericAttributes.assignDict(obj, value);
            return PNone.NONE;
        }
    }
}
