package dev.taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.Sorting;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.sequence.SequenceOps;

/** sorted, min, max, sum, any, all. */
public final class IterableFunctions {
    private IterableFunctions() {
    }

    /** The iterable arrives in *args because sorted() counts its positional arguments itself. */
    @Builtin(name = "sorted", varargs = "args", kwOnly = {"key", "reverse"})
    @GenerateNodeFactory
    public abstract static class SortedNode extends dev.taipan.builtins.PythonTernaryBuiltinNode {
        @Specialization
        static Object doSorted(Object key, Object reverse, Object args) {
            PTuple positional = (PTuple) args;
            if (positional.size() != 1) {
                throw PythonErrors.typeError("sorted expected 1 argument, got %d", positional.size());
            }
            PList l = new PList(SequenceOps.toArray(positional.get(0)).clone());
            Sorting.sort(l, key == PNone.NO_VALUE ? PNone.NONE : key, reverse != PNone.NO_VALUE && PyObjectIsTrue.execute(reverse));
            return l;
        }
    }

    /** min/max(iterable, *, key, default) or min/max(a, b, *args, key). */
    abstract static class MinMax extends dev.taipan.builtins.PythonTernaryBuiltinNode {
        boolean isMax() {
            return false;
        }

        @Specialization
        @TruffleBoundary
        Object doMinMax(Object key, Object dflt, PTuple args) {
            String name = isMax() ? "max" : "min";
            Object iterable;
            if (args.size() == 0) {
                throw PythonErrors.typeError("%s expected at least 1 argument, got 0", name);
            }
            if (args.size() == 1) {
                iterable = args.get(0);
            } else {
                if (dflt != PNone.NO_VALUE) {
                    throw PythonErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
                }
                iterable = args;
            }
            Object k = key == PNone.NO_VALUE ? PNone.NONE : key;
            Object it = PyObjectIter.getIter(iterable);
            Object best = null;
            Object bestKey = null;
            CompareOp op = isMax() ? CompareOp.GT : CompareOp.LT;
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                Object kv = k == PNone.NONE ? v : CallDispatch.call(k, v);
                if (best == null || PyObjectIsTrue.execute(PyObjectRichCompare.compare(kv, bestKey, op))) {
                    best = v;
                    bestKey = kv;
                }
            }
            if (best == null) {
                if (dflt != PNone.NO_VALUE) {
                    return dflt;
                }
                throw PythonErrors.valueError("%s() iterable argument is empty", name);
            }
            return best;
        }
    }

    @Builtin(name = "min", kwOnly = {"key", "default"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class MinNode extends MinMax {
    }

    @Builtin(name = "max", kwOnly = {"key", "default"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class MaxNode extends MinMax {
        @Override
        boolean isMax() {
            return true;
        }
    }

    @Builtin(name = "sum", params = {"iterable", "start"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    @com.oracle.truffle.api.dsl.ImportStatic(dev.taipan.TaipanLanguage.class)
    public abstract static class SumNode extends PythonBinaryBuiltinNode {
        /**
         * sum(generator): resumed through a cached node, so that a compiled sum() inlines the
         * generator's body (and the generators it iterates) instead of calling it indirectly.
         * Ints the generator yields unboxed (YieldedInt) add up in a primitive while they fit, so
         * that no step allocates a box.
         */
        @Specialization(guards = "gen.isPlainGenerator()")
        static Object doGenerator(dev.taipan.runtime.generator.PGenerator gen, Object start,
                        @com.oracle.truffle.api.dsl.Bind com.oracle.truffle.api.nodes.Node node,
                        @com.oracle.truffle.api.dsl.Cached dev.taipan.runtime.generator.GeneratorResumeNode resume,
                        @com.oracle.truffle.api.dsl.Cached(value = "get(node)", allowUncached = true) dev.taipan.TaipanLanguage language) {
            Object acc = initial(start);
            boolean primitive = acc instanceof Long;
            long total = primitive ? (Long) acc : 0;
            int count = 0;
            try {
                while (true) {
                    Object v = resume.execute(gen, PNone.NONE);
                    if (v instanceof dev.taipan.runtime.generator.PGenerator.Returned) {
                        return primitive ? (Object) total : acc;
                    }
                    count++;
                    long b;
                    if (v == dev.taipan.runtime.generator.YieldedInt.MARKER) {
                        b = language.threadState().getYieldedInt();
                    } else if (v instanceof Long l) {
                        b = l;
                    } else {
                        if (primitive) {
                            acc = total;
                            primitive = false;
                        }
                        acc = add(acc, v);
                        continue;
                    }
                    if (primitive) {
                        long r = total + b;
                        if (((total ^ r) & (b ^ r)) >= 0) {
                            total = r;
                            continue;
                        }
                        acc = total;
                        primitive = false;
                    }
                    acc = add(acc, b);
                }
            } finally {
                // the loop counts toward compiling sum() itself (with the generators inlined)
                com.oracle.truffle.api.nodes.LoopNode.reportLoopCount(node, count);
            }
        }

        @Specialization(replaces = "doGenerator")
        @TruffleBoundary
        static Object doSum(Object iterable, Object start) {
            Object acc = initial(start);
            Object it = PyObjectIter.getIter(iterable);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                acc = add(acc, v);
            }
            return acc;
        }

        private static Object initial(Object start) {
            Object acc = start == PNone.NO_VALUE ? (Object) 0L : start;
            if (acc instanceof String) {
                throw PythonErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (acc instanceof dev.taipan.runtime.objects.PBytes) {
                throw PythonErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
            }
            if (acc instanceof dev.taipan.runtime.objects.PByteArray) {
                throw PythonErrors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
            }
            return acc;
        }

        /** CPython sums floats with plain addition in order (no compensation). */
        private static Object add(Object acc, Object v) {
            if (acc instanceof Long a && v instanceof Long b) {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) >= 0) {
                    return r;
                }
            }
            if (acc instanceof Double a && v instanceof Double b) {
                return a + b;
            }
            return PyNumberBinary.execute(acc, v, BinaryOp.ADD);
        }
    }

    @Builtin(name = "any", params = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AnyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAny(Object iterable) {
            Object it = PyObjectIter.getIter(iterable);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                if (PyObjectIsTrue.execute(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", params = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AllNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAll(Object iterable) {
            Object it = PyObjectIter.getIter(iterable);
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                if (!PyObjectIsTrue.execute(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    static String typeName(Object o) {
        return PyObjectGetClass.typeName(o);
    }
}
