package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PArrayIterator;
import dev.taipan.runtime.iterators.PListIterator;
import dev.taipan.runtime.iterators.PStringIterator;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code __reduce__}/{@code __setstate__} of the list, tuple and str iterators, so copy and
 * pickle can take an iterator part-way: {@code (iter, (sequence,), index)}, and
 * {@code (iter, (empty,))} once exhausted, as CPython's.
 */
public final class SequenceIteratorPickling {
    private SequenceIteratorPickling() {
    }

    private static Object iterBuiltin() {
        return TaipanContext.get(null).getBuiltinsDict().getString("iter");
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReduce(Object self) {
            if (self instanceof PListIterator it) {
                return it.getList() == null ? PTuple.of(iterBuiltin(), PTuple.of(new PList())) : PTuple.of(iterBuiltin(), PTuple.of(it.getList()), (long) it.getIndex());
            }
            if (self instanceof PArrayIterator it && it.builtinType() == BuiltinType.TUPLE_ITERATOR) {
                return it.getItems() == null ? PTuple.of(iterBuiltin(), PTuple.of(PTuple.EMPTY)) : PTuple.of(iterBuiltin(), PTuple.of(new PTuple(it.getItems())), (long) it.getIndex());
            }
            if (self instanceof PStringIterator it) {
                return it.getString() == null ? PTuple.of(iterBuiltin(), PTuple.of("")) : PTuple.of(iterBuiltin(), PTuple.of(it.getString()), (long) it.getCodePointIndex());
            }
            throw PythonErrors.typeError("cannot pickle '%s' object", PyObjectGetClass.typeName(self));
        }
    }

    /** The index to resume at, clamped to the sequence (past the end means exhausted). */
    @Builtin(name = "__setstate__", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetState(Object self, Object state) {
            long index = Math.max(0, PyNumberConvert.asSize(state, BuiltinType.OVERFLOW_ERROR));
            if (self instanceof PListIterator it && it.getList() != null) {
                it.setIndex((int) Math.min(index, it.getList().size()));
            } else if (self instanceof PArrayIterator it && it.getItems() != null) {
                it.setIndex((int) Math.min(index, it.getItems().length));
            } else if (self instanceof PStringIterator it && it.getString() != null) {
                it.setCodePointIndex((int) Math.min(index, it.getString().codePointCount(0, it.getString().length())));
            }
            return PNone.NONE;
        }
    }
}
