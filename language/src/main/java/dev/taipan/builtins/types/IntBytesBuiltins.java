package dev.taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** {@code int.to_bytes} and {@code int.from_bytes}: two's complement in either byte order. */
public final class IntBytesBuiltins {
    private IntBytesBuiltins() {
    }

    /** True for "little", false for "big"; ValueError otherwise. */
    static boolean littleEndian(Object byteorder) {
        if (byteorder == PNone.NO_VALUE) {
            return false;
        }
        String s = byteorder instanceof String str ? str : PPrimitiveObject.strValue(byteorder);
        if (s == null) {
            throw PythonErrors.typeError("to_bytes() argument 'byteorder' must be str, not %s", PyObjectGetClass.typeName(byteorder));
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw PythonErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    @Builtin(name = "to_bytes", params = {"self", "length", "byteorder"}, kwOnly = {"signed"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doToBytes(Object self, Object lengthObj, Object byteorder, Object signedObj) {
            BigInteger v = IntMath.big(IntBuiltins.value(self, "to_bytes"));
            long length = lengthObj == PNone.NO_VALUE ? 1 : PyNumberConvert.asSize(lengthObj, BuiltinType.OVERFLOW_ERROR);
            boolean little = littleEndian(byteorder);
            boolean signed = signedObj != PNone.NO_VALUE && PyObjectIsTrue.execute(signedObj);
            if (length < 0) {
                throw PythonErrors.valueError("length argument must be non-negative");
            }
            if (!signed && v.signum() < 0) {
                throw PythonErrors.overflowError("can't convert negative int to unsigned");
            }
            int bits = signed ? v.bitLength() + 1 : v.bitLength();
            if (bits > length * 8) {
                throw PythonErrors.overflowError("int too big to convert");
            }
            if (length > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
            }
            byte[] out = new byte[(int) length];
            byte[] twos = v.toByteArray();
            byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
            for (int i = 0; i < out.length; i++) {
                int src = twos.length - 1 - i;
                byte b = src >= 0 ? twos[src] : fill;
                out[little ? i : out.length - 1 - i] = b;
            }
            return new PBytes(out);
        }
    }

    @Builtin(name = "from_bytes", params = {"cls", "bytes", "byteorder"}, kwOnly = {"signed"}, required = 2, posOnly = 1, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFromBytes(Object clsObj, Object bytes, Object byteorder, Object signedObj) {
            boolean little = littleEndian(byteorder);
            boolean signed = signedObj != PNone.NO_VALUE && PyObjectIsTrue.execute(signedObj);
            byte[] b = dev.taipan.runtime.bytes.BytesFromObject.bytesOf(bytes);
            byte[] big = new byte[b.length + 1];
            for (int i = 0; i < b.length; i++) {
                big[i + 1] = little ? b[b.length - 1 - i] : b[i];
            }
            if (signed && b.length > 0) {
                big[0] = (byte) (big[1] < 0 ? 0xff : 0);
            }
            Object value = IntMath.normalize(new BigInteger(big));
            PythonClass cls = (PythonClass) clsObj;
            if (cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.INT) {
                return value;
            }
            return CallDispatch.call(cls, value);
        }
    }
}
