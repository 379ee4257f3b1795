package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _collections}: deque, defaultdict, namedtuple's field descriptor and the Counter helper. */
public final class CollectionsModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(CollectionsModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("deque", ctx.getBuiltinClass(BuiltinType.DEQUE));
        m.setAttribute("defaultdict", ctx.getBuiltinClass(BuiltinType.DEFAULTDICT));
        m.setAttribute("_tuplegetter", ctx.getBuiltinClass(BuiltinType.TUPLEGETTER));
        m.setAttribute("_deque_iterator", ctx.getBuiltinClass(BuiltinType.DEQUE_ITERATOR));
        m.setAttribute("_deque_reverse_iterator", ctx.getBuiltinClass(BuiltinType.DEQUE_REVERSE_ITERATOR));
    }

    /** {@code Counter}'s inner loop: mapping[elem] = mapping.get(elem, 0) + 1. */
    @Builtin(name = "_count_elements", params = {"mapping", "iterable"})
    @GenerateNodeFactory
    public abstract static class CountElementsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object mapping, Object iterable) {
            Object it = PyObjectIter.getIter(iterable);
            boolean plainDict = mapping instanceof PDict d && d.getExplicitClass() == null;
            Object get = plainDict ? null : GenericAttributes.getAttribute(mapping, "get");
            for (Object elem = PyObjectIter.next(it); elem != null; elem = PyObjectIter.next(it)) {
                Object old = plainDict ? ((PDict) mapping).getItem(elem) : CallDispatch.call(get, elem, 0L);
                Object count = old == null ? (Object) 1L : PyNumberBinary.execute(old, 1L, BinaryOp.ADD);
                PyObjectItems.setItem(mapping, elem, count);
            }
            return PNone.NONE;
        }
    }
}
