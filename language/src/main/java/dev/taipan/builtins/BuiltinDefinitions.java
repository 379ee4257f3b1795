package dev.taipan.builtins;

import dev.taipan.builtins.modules.BuiltinsModule;
import dev.taipan.builtins.modules.SysModule;
import dev.taipan.builtins.types.ObjectBuiltinsFactory;
import dev.taipan.builtins.types.TypeBuiltinsFactory;
import dev.taipan.runtime.types.BuiltinType;

/** The table of builtin types and modules: one line per builtins class. */
final class BuiltinDefinitions {
    private BuiltinDefinitions() {
    }

    static void register() {
        BuiltinRegistry.type(BuiltinType.OBJECT, ObjectBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.TYPE, TypeBuiltinsFactory::getFactories);

        BuiltinRegistry.module("builtins", BuiltinsModule::new);
        BuiltinRegistry.module("sys", SysModule::new);
    }
}
