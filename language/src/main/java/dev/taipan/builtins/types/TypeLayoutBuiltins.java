package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.types.TypeLayout;

/** The read-only layout attributes of types; {@link TypeLayout} says what the numbers mean. */
public final class TypeLayoutBuiltins {
    private TypeLayoutBuiltins() {
    }

    @Builtin(name = "__flags__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FlagsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFlags(Object self, Object value) {
            return TypeLayout.flags(TypeBuiltins.checkClass(self, "__flags__"), TypeBuiltins.ABSTRACT_KEY);
        }
    }

    @Builtin(name = "__basicsize__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class BasicSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSize(Object self, Object value) {
            return TypeLayout.sizes(TypeBuiltins.checkClass(self, "__basicsize__"))[0];
        }
    }

    @Builtin(name = "__itemsize__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ItemSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSize(Object self, Object value) {
            return TypeLayout.sizes(TypeBuiltins.checkClass(self, "__itemsize__"))[1];
        }
    }

    @Builtin(name = "__dictoffset__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DictOffsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOffset(Object self, Object value) {
            return TypeLayout.sizes(TypeBuiltins.checkClass(self, "__dictoffset__"))[2];
        }
    }

    @Builtin(name = "__weakrefoffset__", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WeakrefOffsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doOffset(Object self, Object value) {
            return TypeLayout.sizes(TypeBuiltins.checkClass(self, "__weakrefoffset__"))[3];
        }
    }
}
