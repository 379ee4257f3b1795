package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.descriptors.PTupleGetter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** {@code _collections._tuplegetter}: what namedtuple makes each field with. */
public final class TupleGetterBuiltins {
    private TupleGetterBuiltins() {
    }

    static PTupleGetter self(Object o) {
        if (o instanceof PTupleGetter g) {
            return g;
        }
        throw PythonErrors.typeError("descriptor requires a '_collections._tuplegetter' object but received a '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__new__", params = {"cls", "index", "doc"}, isStaticmethod = true, checkPositional = "_tuplegetter")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object index, Object doc) {
            if (!(index instanceof Long i)) {
                throw PythonErrors.typeError("'%s' object cannot be interpreted as an integer", PyObjectGetClass.typeName(index));
            }
            if (i < 0 || i > Integer.MAX_VALUE) {
                throw PythonErrors.indexError("tuple index out of range");
            }
            return new PTupleGetter((PythonClass) cls, i.intValue(), doc);
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doGet(Object self, Object instance, Object owner) {
            PTupleGetter g = self(self);
            return instance == PNone.NONE ? g : g.read(instance);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value"})
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSet(Object self, Object instance, Object value) {
            self(self);
            throw PythonErrors.attributeError("can't set attribute");
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelete(Object self, Object instance) {
            self(self);
            throw PythonErrors.attributeError("can't delete attribute");
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDoc(Object self, Object value) {
            PTupleGetter g = self(self);
            if (value == PNone.NO_VALUE) {
                return g.getDoc();
            }
            g.setDoc(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            PTupleGetter g = self(self);
            return PTuple.of(PyObjectGetClass.get(g), PTuple.of((long) g.getIndex(), g.getDoc()));
        }
    }
}
