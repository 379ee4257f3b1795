package dev.taipan.builtins.modules;

import java.util.List;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** {@code _random}: the Mersenne Twister type that random.py subclasses. */
public final class RandomModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_random";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of();
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("Random", ctx.getBuiltinClass(BuiltinType.RANDOM));
        m.setAttribute("__doc__", "Module implements the Mersenne Twister random number generator.");
    }
}
