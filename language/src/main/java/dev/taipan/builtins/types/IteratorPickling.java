package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.objects.PNone;

/**
 * {@code __reduce__}/{@code __setstate__} of the VM's iterators, so copy and pickle can take an
 * iterator part-way. Each iterator class says how it is rebuilt (PBuiltinIterator.reduce); the
 * registry gives these methods only to the types that have them in CPython.
 */
public final class IteratorPickling {
    private IteratorPickling() {
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            return IteratorBuiltins.self(self).reduce();
        }
    }

    @Builtin(name = "__setstate__", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetState(Object self, Object state) {
            IteratorBuiltins.self(self).setState(state);
            return PNone.NONE;
        }
    }
}
