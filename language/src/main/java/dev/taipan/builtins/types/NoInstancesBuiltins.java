package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code __new__} of types only their module creates (CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION):
 * csv readers and writers, iterators of C-level modules.
 */
public final class NoInstancesBuiltins {
    private NoInstancesBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            String name = cls instanceof PythonClass c ? c.getTpName() : PyObjectGetClass.typeName(cls);
            throw PythonErrors.typeError("cannot create '%s' instances", name);
        }
    }
}
