package dev.taipan.builtins.modules;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyNumberUnary;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;

/**
 * The arithmetic, bitwise and comparison functions of {@code _operator} ({@code operator.add} and
 * friends, the in-place {@code iadd} forms, {@code neg}/{@code invert}/...): each is the abstract
 * protocol call the matching operator compiles to, so {@code operator.add(a, b)} behaves and
 * fails exactly like {@code a + b}.
 */
public final class OperatorArithmetic {
    private OperatorArithmetic() {
    }

    @Builtin(name = "add", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.ADD);
        }
    }

    @Builtin(name = "iadd", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.ADD);
        }
    }

    @Builtin(name = "sub", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.SUB);
        }
    }

    @Builtin(name = "isub", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class ISubNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.SUB);
        }
    }

    @Builtin(name = "mul", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.MUL);
        }
    }

    @Builtin(name = "imul", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.MUL);
        }
    }

    @Builtin(name = "matmul", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class MatmulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.MATMUL);
        }
    }

    @Builtin(name = "imatmul", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IMatmulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.MATMUL);
        }
    }

    @Builtin(name = "truediv", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class TruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.TRUEDIV);
        }
    }

    @Builtin(name = "itruediv", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class ITruedivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.TRUEDIV);
        }
    }

    @Builtin(name = "floordiv", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class FloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.FLOORDIV);
        }
    }

    @Builtin(name = "ifloordiv", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IFloordivNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.FLOORDIV);
        }
    }

    @Builtin(name = "mod", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.MOD);
        }
    }

    @Builtin(name = "imod", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.MOD);
        }
    }

    @Builtin(name = "pow", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.POW);
        }
    }

    @Builtin(name = "ipow", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IPowNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.POW);
        }
    }

    @Builtin(name = "lshift", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class LshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.LSHIFT);
        }
    }

    @Builtin(name = "ilshift", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class ILshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.LSHIFT);
        }
    }

    @Builtin(name = "rshift", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class RshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.RSHIFT);
        }
    }

    @Builtin(name = "irshift", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IRshiftNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.RSHIFT);
        }
    }

    @Builtin(name = "and_", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.AND);
        }
    }

    @Builtin(name = "iand", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.AND);
        }
    }

    @Builtin(name = "or_", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.OR);
        }
    }

    @Builtin(name = "ior", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IOrNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.OR);
        }
    }

    @Builtin(name = "xor", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.execute(a, b, BinaryOp.XOR);
        }
    }

    @Builtin(name = "ixor", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class IXorNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyNumberBinary.inplace(a, b, BinaryOp.XOR);
        }
    }

    @Builtin(name = "lt", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.LT);
        }
    }

    @Builtin(name = "le", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.LE);
        }
    }

    @Builtin(name = "eq", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.EQ);
        }
    }

    @Builtin(name = "ne", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.NE);
        }
    }

    @Builtin(name = "gt", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.GT);
        }
    }

    @Builtin(name = "ge", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object a, Object b) {
            return PyObjectRichCompare.compare(a, b, CompareOp.GE);
        }
    }

    @Builtin(name = "neg", params = {"a"})
    @GenerateNodeFactory
    public abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.NEG);
        }
    }

    @Builtin(name = "pos", params = {"a"})
    @GenerateNodeFactory
    public abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.POS);
        }
    }

    @Builtin(name = "invert", params = {"a"})
    @GenerateNodeFactory
    public abstract static class InvertNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.INVERT);
        }
    }

    @Builtin(name = "inv", params = {"a"})
    @GenerateNodeFactory
    public abstract static class InvNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.INVERT);
        }
    }

    @Builtin(name = "abs", params = {"a"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object a) {
            return PyNumberUnary.execute(a, PyNumberUnary.Op.ABS);
        }
    }
}
