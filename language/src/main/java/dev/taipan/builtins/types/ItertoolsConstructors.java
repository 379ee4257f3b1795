package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.itertools.PAccumulate;
import dev.taipan.runtime.itertools.PBatched;
import dev.taipan.runtime.itertools.PChain;
import dev.taipan.runtime.itertools.PCombinations;
import dev.taipan.runtime.itertools.PCompress;
import dev.taipan.runtime.itertools.PCount;
import dev.taipan.runtime.itertools.PCycle;
import dev.taipan.runtime.itertools.PGroupBy;
import dev.taipan.runtime.itertools.PISlice;
import dev.taipan.runtime.itertools.PPairwise;
import dev.taipan.runtime.itertools.PPredicateFilter;
import dev.taipan.runtime.itertools.PProduct;
import dev.taipan.runtime.itertools.PRepeat;
import dev.taipan.runtime.itertools.PStarMap;
import dev.taipan.runtime.itertools.PTee;
import dev.taipan.runtime.itertools.PZipLongest;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The {@code __new__} of each itertools iterator type, with CPython's argument checks. */
public final class ItertoolsConstructors {
    private ItertoolsConstructors() {
    }

    private static Object orDefault(Object v, Object dflt) {
        return v == PNone.NO_VALUE ? dflt : v;
    }

    /** PyNumber_Check: ints, floats, complex, or anything with a numeric conversion. */
    private static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof Double || o instanceof java.math.BigInteger || o instanceof dev.taipan.runtime.objects.PComplex) {
            return true;
        }
        PythonClass t = PyObjectGetClass.get(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null || t.lookup("__complex__") != null;
    }

    private static int nonNegativeR(Object r) {
        long n = PyNumberConvert.asSize(r, BuiltinType.OVERFLOW_ERROR);
        if (n < 0) {
            throw PythonErrors.valueError("r must be non-negative");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    @Builtin(name = "__new__", params = {"cls", "start", "step"}, required = 1, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class CountNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object start, Object step) {
            Object s = orDefault(start, 0L);
            Object d = orDefault(step, 1L);
            if (!isNumber(s) || !isNumber(d)) {
                throw PythonErrors.typeError("a number is required");
            }
            return new PCount((PythonClass) cls, s instanceof Boolean b ? (Object) (b ? 1L : 0L) : s, d instanceof Boolean b ? (Object) (b ? 1L : 0L) : d);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CountReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(PCount self) {
            return self.repr(PyObjectGetClass.get(self).getName());
        }
    }

    @Builtin(name = "__new__", params = {"cls", "object", "times"}, required = 2, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class RepeatNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object object, Object times) {
            long n = times == PNone.NO_VALUE ? -1 : Math.max(0, PyNumberConvert.asSize(times, BuiltinType.OVERFLOW_ERROR));
            return new PRepeat((PythonClass) cls, object, n);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RepeatReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(PRepeat self) {
            return self.repr(PyObjectGetClass.get(self).getName());
        }
    }

    @Builtin(name = "__length_hint__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RepeatLengthHintNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHint(PRepeat self) {
            if (self.isForever()) {
                throw PythonErrors.typeError("len() of unsized object");
            }
            return self.lengthHint();
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class CycleNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable) {
            return new PCycle((PythonClass) cls, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "func"}, required = 2, posOnly = 1, kwOnly = {"initial"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class AccumulateNewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object func, Object initial) {
            Object f = orDefault(func, PNone.NONE);
            Object init = orDefault(initial, PNone.NONE);
            return new PAccumulate((PythonClass) cls, PyObjectIter.getIter(iterable), f == PNone.NONE ? null : f, init == PNone.NONE ? null : init);
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "iterables", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ChainNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, PTuple iterables) {
            return new PChain((PythonClass) cls, PyObjectIter.getIter(iterables));
        }
    }

    @Builtin(name = "from_iterable", params = {"cls", "iterable"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ChainFromIterableNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable) {
            return new PChain((PythonClass) cls, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "data", "selectors"}, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class CompressNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object data, Object selectors) {
            return new PCompress((PythonClass) cls, PyObjectIter.getIter(data), PyObjectIter.getIter(selectors));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "predicate", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class DropWhileNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object predicate, Object iterable) {
            return new PPredicateFilter((PythonClass) cls, PPredicateFilter.Mode.DROPWHILE, predicate, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "predicate", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class TakeWhileNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object predicate, Object iterable) {
            return new PPredicateFilter((PythonClass) cls, PPredicateFilter.Mode.TAKEWHILE, predicate, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class FilterFalseNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object function, Object iterable) {
            return new PPredicateFilter((PythonClass) cls, PPredicateFilter.Mode.FILTERFALSE, function, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "function", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class StarMapNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object function, Object iterable) {
            return new PStarMap((PythonClass) cls, function, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class PairwiseNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable) {
            return new PPairwise((PythonClass) cls, PyObjectIter.getIter(iterable));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "n"}, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class BatchedNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object n) {
            long size = PyNumberConvert.asSize(n, BuiltinType.OVERFLOW_ERROR);
            if (size < 1) {
                throw PythonErrors.valueError("n must be at least one");
            }
            return new PBatched((PythonClass) cls, PyObjectIter.getIter(iterable), (int) Math.min(size, Integer.MAX_VALUE - 8));
        }
    }

    /** Keywords arrive as a dict: any but fillvalue gets CPython's own (name-less) complaint. */
    @Builtin(name = "__new__", params = {"cls"}, varargs = "iterables", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ZipLongestNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, PTuple iterables, Object kwargs) {
            Object fillValue = PNone.NO_VALUE;
            if (kwargs instanceof dev.taipan.runtime.dict.PDict kw && kw.size() > 0) {
                Object f = kw.getItem("fillvalue");
                if (f == null || kw.size() > 1) {
                    throw dev.taipan.runtime.exceptions.PythonErrors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fillValue = f;
            }
            Object[] its = new Object[iterables.size()];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyObjectIter.getIter(iterables.get(i));
            }
            return new PZipLongest((PythonClass) cls, its, orDefault(fillValue, PNone.NONE));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable"}, varargs = "args", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ISliceNewNode extends PythonTernaryBuiltinNode {
        private static final String STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        private static final String INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object iterable, PTuple args) {
            int n = args.size();
            if (n == 0) {
                throw PythonErrors.typeError("islice expected at least 2 arguments, got 1");
            }
            if (n > 3) {
                throw PythonErrors.typeError("islice expected at most 4 arguments, got %d", n + 1);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (n == 1) {
                stop = index(args.get(0), STOP_MSG, -1);
            } else {
                start = index(args.get(0), INDEX_MSG, 0);
                stop = index(args.get(1), INDEX_MSG, -1);
                if (n == 3) {
                    Object s = args.get(2);
                    if (s != PNone.NONE) {
                        step = indexValue(s, "Step for islice() must be a positive integer or None.");
                        if (step < 1) {
                            throw PythonErrors.valueError("Step for islice() must be a positive integer or None.");
                        }
                    }
                }
            }
            return new PISlice((PythonClass) cls, PyObjectIter.getIter(iterable), start, stop, step);
        }

        private static long index(Object v, String message, long ifNone) {
            if (v == PNone.NONE) {
                return ifNone;
            }
            long i = indexValue(v, message);
            if (i < 0) {
                throw PythonErrors.valueError(message);
            }
            return i;
        }

        private static long indexValue(Object v, String message) {
            PythonClass t = PyObjectGetClass.get(v);
            if (!(v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger) && t.lookup("__index__") == null) {
                throw PythonErrors.valueError(message);
            }
            Object i = PyNumberConvert.index(v);
            if (i instanceof java.math.BigInteger b) {
                return b.signum() < 0 ? -1 : Long.MAX_VALUE;
            }
            return i instanceof Boolean b ? (b ? 1 : 0) : (Long) i;
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "key"}, required = 2, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class GroupByNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object key) {
            Object k = orDefault(key, PNone.NONE);
            return new PGroupBy((PythonClass) cls, PyObjectIter.getIter(iterable), k == PNone.NONE ? null : k);
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TeeCopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCopy(PTee self) {
            return self.copy();
        }
    }

    @Builtin(name = "__new__", params = {"cls"}, kwOnly = {"repeat"}, varargs = "iterables", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class ProductNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object repeat, PTuple iterables) {
            long r = repeat == PNone.NO_VALUE ? 1 : PyNumberConvert.asSize(repeat, BuiltinType.OVERFLOW_ERROR);
            if (r < 0) {
                throw PythonErrors.valueError("repeat argument cannot be negative");
            }
            int n = iterables.size();
            Object[][] distinct = new Object[n][];
            for (int i = 0; i < n; i++) {
                distinct[i] = SequenceOps.toArray(iterables.get(i));
            }
            if (n > 0 && r > Integer.MAX_VALUE / n) {
                throw PythonErrors.overflowError("repeat argument too large");
            }
            Object[][] pools = new Object[(int) (n * r)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = distinct[i % Math.max(n, 1)];
            }
            return new PProduct((PythonClass) cls, pools);
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "r"}, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class CombinationsNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object r) {
            return new PCombinations((PythonClass) cls, PCombinations.Kind.COMBINATIONS, SequenceOps.toArray(iterable), nonNegativeR(r));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "r"}, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class CombinationsWithReplacementNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object r) {
            return new PCombinations((PythonClass) cls, PCombinations.Kind.WITH_REPLACEMENT, SequenceOps.toArray(iterable), nonNegativeR(r));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "iterable", "r"}, required = 2, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class PermutationsNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object iterable, Object r) {
            Object[] pool = SequenceOps.toArray(iterable);
            int size = r == PNone.NO_VALUE || r == PNone.NONE ? pool.length : nonNegativeR(r);
            return new PCombinations((PythonClass) cls, PCombinations.Kind.PERMUTATIONS, pool, size);
        }
    }
}
