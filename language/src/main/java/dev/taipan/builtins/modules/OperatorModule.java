package dev.taipan.builtins.modules;

import java.security.MessageDigest;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PythonModule;

/**
 * {@code _operator}: {@code _compare_digest} (hmac needs it) plus the operator functions of
 * {@link OperatorArithmetic} and {@link OperatorObjects}; operator.py provides the rest
 * (itemgetter, attrgetter, methodcaller, ...) itself when {@code _operator} does not.
 */
public final class OperatorModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "_operator";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(OperatorModuleFactory::getFactories, OperatorArithmeticFactory::getFactories, OperatorObjectsFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
                        + "to the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\n"
                        + "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
    }

    /** The bytes compared: an ASCII-only str or a bytes-like object. */
    private static byte[] operand(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                throw PythonErrors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            out[i] = (byte) s.charAt(i);
        }
        return out;
    }

    /** Compares in time independent of where the inputs differ (against timing attacks). */
    @Builtin(name = "_compare_digest", params = {"a", "b"})
    @GenerateNodeFactory
    public abstract static class CompareDigestNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object a, Object b) {
            String sa = StrBuiltins.asString(a);
            String sb = StrBuiltins.asString(b);
            byte[] x;
            byte[] y;
            if (sa != null && sb != null) {
                x = operand(sa);
                y = operand(sb);
            } else if (!BytesLike.check(a) && !BytesLike.check(b)) {
                throw PythonErrors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'", PyObjectGetClass.typeName(a), PyObjectGetClass.typeName(b));
            } else {
                x = BytesLike.require(a);
                y = BytesLike.require(b);
            }
            return MessageDigest.isEqual(x, y);
        }
    }
}
