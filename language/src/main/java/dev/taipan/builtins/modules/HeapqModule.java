package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;

/**
 * {@code _heapq}: binary min-heaps (and the max-heap helpers heapq.py uses) on lists. The sift
 * order is heapq.py's, so comparisons happen in the same order as in CPython.
 */
public final class HeapqModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_heapq";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(HeapqModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__about__", "Heap queues");
    }

    /** The heap list; Argument Clinic's message names the function and, if it has several, the argument. */
    private static PList heap(Object o, String function, boolean oneArg) {
        if (o instanceof PList l) {
            return l;
        }
        throw PythonErrors.typeError("%s() argument %smust be list, not %s", function, oneArg ? "" : "1 ", o == PNone.NONE ? "None" : dev.taipan.runtime.abstractops.PyObjectGetClass.typeName(o));
    }

    /** a < b for a min-heap, b < a for a max-heap; fails if the comparison resized the heap. */
    private static boolean less(PList heap, int size, Object a, Object b, boolean max) {
        boolean r = max ? PyObjectRichCompareBool.compareUncached(b, a, CompareOp.LT) : PyObjectRichCompareBool.compareUncached(a, b, CompareOp.LT);
        if (heap.size() != size) {
            throw PythonErrors.runtimeError("list changed size during iteration");
        }
        return r;
    }

    /** Moves the item at pos up towards startpos while it is smaller than its parent. */
    private static void siftDown(PList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        Object newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            Object parent = heap.get(parentpos);
            if (less(heap, size, newitem, parent, max)) {
                heap.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        heap.set(pos, newitem);
    }

    /** Bubbles the smaller child up until a leaf, then sifts the item back down (Floyd). */
    private static void siftUp(PList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        Object newitem = heap.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !less(heap, endpos, heap.get(childpos), heap.get(rightpos), max)) {
                childpos = rightpos;
            }
            heap.set(pos, heap.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap.set(pos, newitem);
        siftDown(heap, startpos, pos, max);
    }

    @TruffleBoundary
    static Object pop(Object h, boolean max) {
        PList heap = heap(h, max ? "_heappop_max" : "heappop", true);
        int n = heap.size();
        if (n == 0) {
            throw PythonErrors.indexError("index out of range");
        }
        Object last = heap.removeAt(n - 1);
        if (n == 1) {
            return last;
        }
        Object result = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return result;
    }

    @TruffleBoundary
    static Object replaceTop(Object h, Object item, boolean max) {
        PList heap = heap(h, max ? "_heapreplace_max" : "heapreplace", false);
        if (heap.size() == 0) {
            throw PythonErrors.indexError("index out of range");
        }
        Object result = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return result;
    }

    @TruffleBoundary
    static Object heapify(Object h, boolean max) {
        PList heap = heap(h, max ? "_heapify_max" : "heapify", true);
        for (int i = heap.size() / 2 - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
        return PNone.NONE;
    }

    @Builtin(name = "heappush", params = {"heap", "item"})
    @GenerateNodeFactory
    public abstract static class HeapPushNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object h, Object item) {
            PList heap = heap(h, "heappush", false);
            heap.append(item);
            siftDown(heap, 0, heap.size() - 1, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "heappop", params = {"heap"})
    @GenerateNodeFactory
    public abstract static class HeapPopNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object h) {
            return pop(h, false);
        }
    }

    @Builtin(name = "heapreplace", params = {"heap", "item"})
    @GenerateNodeFactory
    public abstract static class HeapReplaceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object h, Object item) {
            return replaceTop(h, item, false);
        }
    }

    @Builtin(name = "heappushpop", params = {"heap", "item"})
    @GenerateNodeFactory
    public abstract static class HeapPushPopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object h, Object item) {
            PList heap = heap(h, "heappushpop", false);
            if (heap.size() == 0) {
                return item;
            }
            Object top = heap.get(0);
            if (!PyObjectRichCompareBool.compareUncached(top, item, CompareOp.LT)) {
                return item;
            }
            if (heap.size() == 0) {
                throw PythonErrors.indexError("index out of range");
            }
            top = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0, false);
            return top;
        }
    }

    @Builtin(name = "heapify", params = {"heap"})
    @GenerateNodeFactory
    public abstract static class HeapifyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object h) {
            return heapify(h, false);
        }
    }

    @Builtin(name = "_heappop_max", params = {"heap"})
    @GenerateNodeFactory
    public abstract static class HeapPopMaxNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object h) {
            return pop(h, true);
        }
    }

    @Builtin(name = "_heapreplace_max", params = {"heap", "item"})
    @GenerateNodeFactory
    public abstract static class HeapReplaceMaxNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object h, Object item) {
            return replaceTop(h, item, true);
        }
    }

    @Builtin(name = "_heapify_max", params = {"heap"})
    @GenerateNodeFactory
    public abstract static class HeapifyMaxNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object h) {
            return heapify(h, true);
        }
    }

}
