package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.iterators.PEnumerate;
import dev.taipan.runtime.iterators.PFilter;
import dev.taipan.runtime.iterators.PMap;
import dev.taipan.runtime.iterators.PReversed;
import dev.taipan.runtime.iterators.PZip;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.PythonClass;

/** The constructors of enumerate, zip, map, filter and reversed. */
public final class IteratorTypesBuiltins {
    private IteratorTypesBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "start"}, required = 2, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class EnumerateNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object start) {
            Object s = start == PNone.NO_VALUE ? (Object) 0L : PyNumberConvert.index(start);
            return new PEnumerate((PythonClass) cls, PyObjectIter.getIter(iterable), s);
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "iterables", kwOnly = {"strict"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ZipNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object strict, PTuple iterables) {
            Object[] its = new Object[iterables.size()];
            for (int i = 0; i < its.length; i++) {
                // an argument's own error comes through, as in CPython 3.12
                its[i] = PyObjectIter.getIter(iterables.get(i));
            }
            return new PZip((PythonClass) cls, its, strict != PNone.NO_VALUE && PyObjectIsTrue.execute(strict));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function"}, required = 1, varargs = "iterables", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class MapNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object function, PTuple iterables) {
            if (function == dev.taipan.runtime.objects.PNone.NO_VALUE || iterables.size() == 0) {
                throw PythonErrors.typeError("map() must have at least two arguments.");
            }
            Object[] its = new Object[iterables.size()];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyObjectIter.getIter(iterables.get(i));
            }
            return new PMap((PythonClass) cls, function, its);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable"}, isStaticmethod = true, checkPositional = "filter")
    @GenerateNodeFactory
    public abstract static class FilterNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object function, Object iterable) {
            return new PFilter((PythonClass) cls, function, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "sequence"}, isStaticmethod = true, checkPositional = "reversed")
    @GenerateNodeFactory
    public abstract static class ReversedNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object seq) {
            var type = PyObjectGetClass.get(seq);
            Object rev = type.lookup("__reversed__");
            if (rev != null && rev != PNone.NONE) {
                return CallDispatch.callMethod(rev, seq);
            }
            // __reversed__ = None (as collections.abc.Mapping has) blocks the sequence fallback
            if (rev == PNone.NONE || type.lookup("__getitem__") == null || type.lookup("__len__") == null || seq instanceof dev.taipan.runtime.dict.PDict) {
                throw PythonErrors.typeError("'%s' object is not reversible", type.getTpName());
            }
            return new PReversed((PythonClass) cls, seq, PyObjectSize.execute(seq));
        }
    }
}
