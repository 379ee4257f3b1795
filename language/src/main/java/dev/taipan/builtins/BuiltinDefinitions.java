package dev.taipan.builtins;

import dev.taipan.builtins.modules.BuiltinsModule;
import dev.taipan.builtins.modules.SysModule;
import dev.taipan.builtins.types.BoolBuiltinsFactory;
import dev.taipan.builtins.types.ComplexOperatorsFactory;
import dev.taipan.builtins.types.FloatBuiltinsFactory;
import dev.taipan.builtins.types.FloatOperatorsFactory;
import dev.taipan.builtins.types.IntBuiltinsFactory;
import dev.taipan.builtins.types.IntOperatorsFactory;
import dev.taipan.builtins.types.ObjectBuiltinsFactory;
import dev.taipan.builtins.types.EllipsisBuiltinsFactory;
import dev.taipan.builtins.types.NoneBuiltinsFactory;
import dev.taipan.builtins.types.NotImplementedBuiltinsFactory;
import dev.taipan.builtins.types.TypeBuiltinsFactory;
import dev.taipan.runtime.types.BuiltinType;

/** The table of builtin types and modules: one line per builtins class. */
final class BuiltinDefinitions {
    private BuiltinDefinitions() {
    }

    static void register() {
        BuiltinRegistry.type(BuiltinType.OBJECT, ObjectBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.TYPE, TypeBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.INT, IntBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.INT, IntOperatorsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.BOOL, BoolBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.FLOAT, FloatBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.FLOAT, FloatOperatorsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.COMPLEX, ComplexOperatorsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.NONE_TYPE, NoneBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.NOT_IMPLEMENTED_TYPE, NotImplementedBuiltinsFactory::getFactories);
        BuiltinRegistry.type(BuiltinType.ELLIPSIS_TYPE, EllipsisBuiltinsFactory::getFactories);

        BuiltinRegistry.module("builtins", BuiltinsModule::new);
        BuiltinRegistry.module("sys", SysModule::new);
    }
}
