package dev.taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code _functools}: only {@code reduce}; functools.py supplies the rest (partial,
 * cmp_to_key, the lru_cache wrapper) in Python when {@code _functools} lacks them.
 */
public final class FunctoolsModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_functools";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(FunctoolsModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__doc__", "Tools that operate on functions.");
    }

    @Builtin(name = "reduce", params = {"function", "iterable", "initial"}, required = 2)
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object function, Object iterable, Object initial) {
            Object it;
            try {
                it = PyObjectIter.getIter(iterable);
            } catch (PException e) {
                // only "not iterable" is reworded; an error raised by __iter__ itself passes
                if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR)) {
                    throw PythonErrors.typeError("reduce() arg 2 must support iteration");
                }
                throw e;
            }
            Object acc = initial == PNone.NO_VALUE ? null : initial;
            Object item;
            while ((item = PyObjectIter.next(it)) != null) {
                acc = acc == null ? item : CallDispatch.call(function, acc, item);
            }
            if (acc == null) {
                throw PythonErrors.typeError("reduce() of empty iterable with no initial value");
            }
            return acc;
        }
    }
}
