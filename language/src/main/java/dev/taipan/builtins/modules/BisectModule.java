package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonQuinaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.abstractops.PyObjectSize;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _bisect}: binary search and insertion into sorted sequences, with {@code key=}. */
public final class BisectModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_bisect";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(BisectModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__doc__", "Bisection algorithms.");
    }

    /** The insertion point for x in a[lo:hi]; right: after equal items, else before them. */
    @TruffleBoundary
    static long search(Object a, Object x, Object loArg, Object hiArg, Object key, boolean right) {
        long lo = loArg == PNone.NO_VALUE ? 0 : PyNumberConvert.asSize(loArg, BuiltinType.OVERFLOW_ERROR);
        if (lo < 0) {
            throw PythonErrors.valueError("lo must be non-negative");
        }
        long hi = hiArg == PNone.NO_VALUE || hiArg == PNone.NONE ? -1 : PyNumberConvert.asSize(hiArg, BuiltinType.OVERFLOW_ERROR);
        if (hi == -1) {
            hi = PyObjectSize.execute(a);
        }
        boolean keyed = key != PNone.NO_VALUE && key != PNone.NONE;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = a instanceof PList l && mid < l.size() && l.getExplicitClass() == null ? l.get((int) mid) : PyObjectItems.getItem(a, mid);
            if (keyed) {
                item = CallDispatch.call(key, item);
            }
            boolean goRight = right ? !PyObjectRichCompareBool.compareUncached(x, item, CompareOp.LT) : PyObjectRichCompareBool.compareUncached(item, x, CompareOp.LT);
            if (goRight) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @TruffleBoundary
    static Object insort(Object a, Object x, Object lo, Object hi, Object key, boolean right) {
        boolean keyed = key != PNone.NO_VALUE && key != PNone.NONE;
        long index = search(a, keyed ? CallDispatch.call(key, x) : x, lo, hi, key, right);
        if (a instanceof PList l && l.getExplicitClass() == null) {
            l.insert((int) Math.min(index, l.size()), x);
        } else {
            CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(a, "insert"), index, x);
        }
        return PNone.NONE;
    }

    @Builtin(name = "bisect_right", params = {"a", "x", "lo", "hi"}, required = 2, posOnly = 0, kwOnly = {"key"})
    @GenerateNodeFactory
    public abstract static class BisectRightNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object x, Object lo, Object hi, Object key) {
            return search(a, x, lo, hi, key, true);
        }
    }

    @Builtin(name = "bisect_left", params = {"a", "x", "lo", "hi"}, required = 2, posOnly = 0, kwOnly = {"key"})
    @GenerateNodeFactory
    public abstract static class BisectLeftNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object x, Object lo, Object hi, Object key) {
            return search(a, x, lo, hi, key, false);
        }
    }

    @Builtin(name = "insort_right", params = {"a", "x", "lo", "hi"}, required = 2, posOnly = 0, kwOnly = {"key"})
    @GenerateNodeFactory
    public abstract static class InsortRightNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object x, Object lo, Object hi, Object key) {
            return insort(a, x, lo, hi, key, true);
        }
    }

    @Builtin(name = "insort_left", params = {"a", "x", "lo", "hi"}, required = 2, posOnly = 0, kwOnly = {"key"})
    @GenerateNodeFactory
    public abstract static class InsortLeftNode extends PythonQuinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object x, Object lo, Object hi, Object key) {
            return insort(a, x, lo, hi, key, false);
        }
    }
}
