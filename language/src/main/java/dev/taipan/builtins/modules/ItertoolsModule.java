package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.itertools.PTee;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code itertools}: the iterator types (see ItertoolsConstructors) and {@code tee}. */
public final class ItertoolsModule implements BuiltinRegistry.ModuleDefinition {
    /** The module's public types, in CPython's order. */
    public static final List<BuiltinType> TYPES = List.of(BuiltinType.IT_ACCUMULATE, BuiltinType.IT_BATCHED, BuiltinType.IT_CHAIN, BuiltinType.IT_COMBINATIONS,
                    BuiltinType.IT_COMBINATIONS_WITH_REPLACEMENT, BuiltinType.IT_COMPRESS, BuiltinType.IT_COUNT, BuiltinType.IT_CYCLE, BuiltinType.IT_DROPWHILE,
                    BuiltinType.IT_FILTERFALSE, BuiltinType.IT_GROUPBY, BuiltinType.IT_ISLICE, BuiltinType.IT_PAIRWISE, BuiltinType.IT_PERMUTATIONS, BuiltinType.IT_PRODUCT,
                    BuiltinType.IT_REPEAT, BuiltinType.IT_STARMAP, BuiltinType.IT_TAKEWHILE, BuiltinType.IT_ZIP_LONGEST, BuiltinType.IT_GROUPER, BuiltinType.IT_TEE);

    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(ItertoolsModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        for (BuiltinType t : TYPES) {
            m.setAttribute(t.pythonName, ctx.getBuiltinClass(t));
        }
    }

    @Builtin(name = "tee", params = {"iterable", "n"}, required = 1)
    @GenerateNodeFactory
    public abstract static class TeeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTee(Object iterable, Object n) {
            long count = n == PNone.NO_VALUE ? 2 : PyNumberConvert.asSize(n, BuiltinType.OVERFLOW_ERROR);
            if (count < 0) {
                throw PythonErrors.valueError("n must be >= 0");
            }
            Object[] tees = new Object[(int) count];
            if (count == 0) {
                return new PTuple(tees);
            }
            Object it = PyObjectIter.getIter(iterable);
            // an iterator that can copy itself (another tee) is copied rather than wrapped
            Object copy = PyObjectGetClass.get(it).lookup("__copy__");
            Object first = copy != null ? it : PTee.over(TaipanContext.get(null).getBuiltinClass(BuiltinType.IT_TEE), it);
            tees[0] = first;
            for (int i = 1; i < tees.length; i++) {
                tees[i] = CallDispatch.call(dev.taipan.runtime.abstractops.GenericAttributes.getAttribute(first, "__copy__"));
            }
            return new PTuple(tees);
        }
    }
}
