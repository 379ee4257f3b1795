package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PCell;
import dev.taipan.runtime.objects.PNone;

/** Closure cells: {@code types.CellType([contents])} and {@code cell_contents}. */
public final class CellBuiltins {
    private CellBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "contents"}, required = 1, isStaticmethod = true, checkPositional = "cell")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object contents) {
            return contents == PNone.NO_VALUE ? new PCell() : new PCell(contents);
        }
    }

    @Builtin(name = "cell_contents", params = {"self", "value"}, isGetter = true, settable = true)
    @GenerateNodeFactory
    public abstract static class CellContentsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContents(Object self, Object value) {
            PCell c = (PCell) self;
            if (value == PNone.NO_VALUE) {
                if (c.getRef() == null) {
                    throw PythonErrors.valueError("Cell is empty");
                }
                return c.getRef();
            }
            c.setRef(value == dev.taipan.runtime.descriptors.PGetSetDescriptor.DELETE ? null : value);
            return PNone.NONE;
        }
    }
}
