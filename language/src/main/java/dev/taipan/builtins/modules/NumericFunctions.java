package dev.taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.BinaryOp;
import dev.taipan.runtime.abstractops.PyNumberBinary;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectFormat;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.numbers.NumberArithmetic;
import dev.taipan.runtime.objects.PNone;

/** round, divmod, pow, hex, oct, bin, format. */
public final class NumericFunctions {
    private NumericFunctions() {
    }

    @Builtin(name = "round", params = {"number", "ndigits"}, required = 1, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class RoundNode extends PythonBinaryBuiltinNode {
        /** An exact float: float.__round__ directly, without looking it up. */
        @Specialization
        static Object doFloat(double number, Object ndigits) {
            return dev.taipan.builtins.types.FloatBuiltins.RoundNode.round(number, ndigits);
        }

        @Fallback
        @TruffleBoundary
        static Object doRound(Object number, Object ndigits) {
            Object m = PyObjectGetClass.get(number).lookup("__round__");
            if (m == null) {
                throw PythonErrors.typeError("type %s doesn't define __round__ method", PyObjectGetClass.typeName(number));
            }
            if (ndigits == PNone.NO_VALUE) {
                return CallDispatch.callMethod(m, number);
            }
            return CallDispatch.callMethod(m, number, ndigits);
        }
    }

    @Builtin(name = "divmod", params = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class DivmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDivmod(Object x, Object y) {
            return PyNumberBinary.execute(x, y, BinaryOp.DIVMOD);
        }
    }

    @Builtin(name = "pow", params = {"base", "exp", "mod"}, required = 2, posOnly = 0)
    @GenerateNodeFactory
    public abstract static class PowNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPow(Object base, Object exp, Object mod) {
            if (mod == PNone.NO_VALUE || mod == PNone.NONE) {
                return PyNumberBinary.execute(base, exp, BinaryOp.POW);
            }
            // a subclass's own __pow__ comes before the builtin arithmetic on its value
            Object own = PyNumberConvert.overriddenBuiltinMethod(base, "__pow__");
            if (own != null) {
                Object r = CallDispatch.callMethod(own, base, exp, mod);
                if (r != dev.taipan.runtime.objects.PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            Object b = NumberArithmetic.unwrap(base);
            Object e = NumberArithmetic.unwrap(exp);
            Object m = NumberArithmetic.unwrap(mod);
            if (IntMath.isInt(b) && IntMath.isInt(e) && IntMath.isInt(m)) {
                return IntMath.powMod(b, e, m);
            }
            if (isBuiltinReal(b) && isBuiltinReal(e) && isBuiltinReal(m)) {
                throw PythonErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            Object pm = PyObjectGetClass.get(base).lookup("__pow__");
            if (pm != null) {
                Object r = CallDispatch.callMethod(pm, base, exp, mod);
                if (r != dev.taipan.runtime.objects.PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            if (!IntMath.isInt(b) || !IntMath.isInt(e)) {
                throw PythonErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PythonErrors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", PyObjectGetClass.typeName(base), PyObjectGetClass.typeName(exp),
                            PyObjectGetClass.typeName(mod));
        }
    }

    private static boolean isBuiltinReal(Object o) {
        return o instanceof Double || IntMath.isInt(o);
    }

    abstract static class Radix extends PythonUnaryBuiltinNode {
        int radix() {
            throw new IllegalStateException();
        }

        @Specialization
        @TruffleBoundary
        Object doRadix(Object x) {
            Object v = PyNumberConvert.index(x);
            BigInteger b = IntMath.big(v);
            String prefix = radix() == 16 ? "0x" : radix() == 8 ? "0o" : "0b";
            String digits = b.abs().toString(radix());
            return (b.signum() < 0 ? "-" : "") + prefix + digits;
        }
    }

    @Builtin(name = "hex", params = {"number"})
    @GenerateNodeFactory
    public abstract static class HexNode extends Radix {
        @Override
        int radix() {
            return 16;
        }
    }

    @Builtin(name = "oct", params = {"number"})
    @GenerateNodeFactory
    public abstract static class OctNode extends Radix {
        @Override
        int radix() {
            return 8;
        }
    }

    @Builtin(name = "bin", params = {"number"})
    @GenerateNodeFactory
    public abstract static class BinNode extends Radix {
        @Override
        int radix() {
            return 2;
        }
    }

    @Builtin(name = "format", params = {"value", "format_spec"}, required = 1)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFormat(Object value, Object spec) {
            String s = spec == PNone.NO_VALUE ? "" : dev.taipan.runtime.strings.StrArgs.positional(spec, "format", 2);
            return PyObjectFormat.format(value, s);
        }
    }
}
