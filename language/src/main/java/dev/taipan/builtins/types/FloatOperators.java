package dev.taipan.builtins.types;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The arithmetic and comparison operators of float (generated shape: one node per dunder,
 * all delegating to {@link NumberDunders}).
 */
public final class FloatOperators {
    private FloatOperators() {
    }

    abstract static class Binary extends PythonBinaryBuiltinNode {
        BinaryOp op() {
            throw new IllegalStateException();
        }

        boolean reflected() {
            return false;
        }

        @Specialization
        Object doOp(Object self, Object other) {
            return NumberDunders.binary(BuiltinType.FLOAT, op(), reflected(), self, other);
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            return NumberDunders.compare(BuiltinType.FLOAT, op(), self, other);
        }
    }

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.ADD;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__radd__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RAddNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.ADD;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__sub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.SUB;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rsub__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RSubNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.SUB;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__mul__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class MulNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.MUL;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.MUL;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__truediv__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class TruedivNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.TRUEDIV;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rtruediv__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RTruedivNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.TRUEDIV;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__floordiv__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class FloordivNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.FLOORDIV;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rfloordiv__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RFloordivNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.FLOORDIV;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__mod__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ModNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.MOD;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RModNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.MOD;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__pow__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class PowNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.POW;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rpow__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RPowNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.POW;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__divmod__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class DivmodNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.DIVMOD;
        }

        @Override
        boolean reflected() {
            return false;
        }
    }

    @Builtin(name = "__rdivmod__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RDivmodNode extends Binary {
        @Override
        BinaryOp op() {
            return BinaryOp.DIVMOD;
        }

        @Override
        boolean reflected() {
            return true;
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.LT;
        }
    }

    @Builtin(name = "__le__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.LE;
        }
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.EQ;
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.NE;
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.GT;
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends Compare {
        @Override
        CompareOp op() {
            return CompareOp.GE;
        }
    }
}
