package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.collections.PDeque;
import dev.taipan.runtime.collections.PDequeIterator;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The constructor of the deque iterators (their other methods are every iterator's). */
public final class DequeIteratorBuiltins {
    private DequeIteratorBuiltins() {
    }

    /**
     * {@code _deque_iterator(deque, index=0)} and the reverse iterator's: what their
     * {@code __reduce__} rebuilds, an iterator that has already taken {@code index} items.
     */
    @Builtin(name = "__new__", params = {"cls", "deque", "index"}, required = 2, isStaticmethod = true, posOnly = 3)
    @GenerateNodeFactory
    public abstract static class IteratorNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object deque, Object index) {
            PythonClass type = (PythonClass) cls;
            if (!(deque instanceof PDeque d)) {
                throw PythonErrors.typeError("%s() argument 1 must be collections.deque, not %s", type.getTpName(), PyObjectGetClass.typeName(deque));
            }
            PDequeIterator it = new PDequeIterator(type, d, type.isSubtypeOfBuiltin(BuiltinType.DEQUE_REVERSE_ITERATOR));
            long skip = index == PNone.NO_VALUE ? 0 : PyNumberConvert.asSize(index, BuiltinType.OVERFLOW_ERROR);
            for (long i = 0; i < skip && it.next() != null; i++) {
                // the items before index were taken before pickling
            }
            return it;
        }
    }
}
