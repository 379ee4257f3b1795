package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;

/** {@code __iter__}, {@code __next__} and {@code __length_hint__} of the VM's iterator types. */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    static PBuiltinIterator self(Object o) {
        if (o instanceof PBuiltinIterator it) {
            return it;
        }
        throw PythonErrors.typeError("descriptor requires an iterator, not '%s'", PyObjectGetClass.typeName(o));
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doNext(Object self) {
            Object v = self(self).next();
            if (v == null) {
                throw PythonErrors.stopIteration(null);
            }
            return v;
        }
    }

    @Builtin(name = "__length_hint__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LengthHintNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHint(Object self) {
            long n = self(self).lengthHint();
            if (n < 0) {
                return dev.taipan.runtime.objects.PNotImplemented.INSTANCE;
            }
            return n;
        }
    }
}
