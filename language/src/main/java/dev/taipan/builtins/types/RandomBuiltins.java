package dev.taipan.builtins.types;

import java.math.BigInteger;
import java.security.SecureRandom;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.random.MersenneTwister;
import dev.taipan.runtime.random.PRandom;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** Methods of {@code _random.Random}: the Mersenne Twister core that random.Random builds on. */
public final class RandomBuiltins {
    private RandomBuiltins() {
    }

    private static MersenneTwister twister(Object self, String method) {
        if (self instanceof PRandom r) {
            return r.twister();
        }
        throw PythonErrors.typeError("descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(self));
    }

    /** CPython's random_seed: None from entropy, an int by its absolute value, others by hash. */
    @TruffleBoundary
    static void seed(MersenneTwister mt, Object arg) {
        if (arg == PNone.NONE || arg == PNone.NO_VALUE) {
            int[] key = new int[MersenneTwister.N];
            SecureRandom r = new SecureRandom();
            for (int i = 0; i < key.length; i++) {
                key[i] = r.nextInt();
            }
            mt.initByArray(key);
            return;
        }
        BigInteger n;
        Object iv = IntMath.isInt(arg) ? arg : PyNumberConvert.intSubclassValue(arg);
        if (iv != null) {
            n = IntMath.big(iv).abs();
        } else {
            long h = PyObjectHash.executeUncached(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        mt.initByArray(key);
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PRandom r = new PRandom((PythonClass) cls);
            seed(r.twister(), PNone.NONE);
            return r;
        }
    }

    @Builtin(name = "__init__", params = {"self"}, varargs = "args", varkw = "kwargs")
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doInit(Object self, Object args, Object kwargs) {
            MersenneTwister mt = twister(self, "__init__");
            PythonClass cls = ((PRandom) self).getExplicitClass();
            boolean exact = cls == null || cls.isBuiltin();
            if (exact && kwargs instanceof PDict d && d.size() > 0) {
                throw PythonErrors.typeError("Random() takes no keyword arguments");
            }
            Object[] a = ((PTuple) args).items();
            if (a.length > 1) {
                throw PythonErrors.typeError("Random() requires 0 or 1 argument");
            }
            seed(mt, a.length == 1 ? a[0] : PNone.NONE);
            return PNone.NONE;
        }
    }

    @Builtin(name = "seed", params = {"self", "n"}, required = 1)
    @GenerateNodeFactory
    public abstract static class SeedNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object n) {
            seed(twister(self, "seed"), n);
            return PNone.NONE;
        }
    }

    @Builtin(name = "random", params = {"self"})
    @GenerateNodeFactory
    public abstract static class RandomNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doIt(Object self) {
            return twister(self, "random").nextDouble();
        }
    }

    @Builtin(name = "getrandbits", params = {"self", "k"})
    @GenerateNodeFactory
    public abstract static class GetRandBitsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object kArg) {
            MersenneTwister mt = twister(self, "getrandbits");
            int k = PyNumberConvert.asInt(kArg);
            if (k < 0) {
                throw PythonErrors.valueError("number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return Integer.toUnsignedLong(mt.next32() >>> (32 - k));
            }
            int[] words = mt.nextWords(k);
            byte[] mag = new byte[words.length * 4];
            for (int i = 0; i < words.length; i++) {
                int w = words[words.length - 1 - i];
                mag[4 * i] = (byte) (w >>> 24);
                mag[4 * i + 1] = (byte) (w >>> 16);
                mag[4 * i + 2] = (byte) (w >>> 8);
                mag[4 * i + 3] = (byte) w;
            }
            return IntMath.normalize(new BigInteger(1, mag));
        }
    }

    @Builtin(name = "getstate", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetStateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            MersenneTwister mt = twister(self, "getstate");
            int[] state = mt.state();
            Object[] items = new Object[state.length + 1];
            for (int i = 0; i < state.length; i++) {
                items[i] = state[i] & 0xffffffffL;
            }
            items[state.length] = (long) mt.index();
            return new PTuple(items);
        }
    }

    @Builtin(name = "setstate", params = {"self", "state"})
    @GenerateNodeFactory
    public abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object stateArg) {
            MersenneTwister mt = twister(self, "setstate");
            if (!(stateArg instanceof PTuple t)) {
                throw PythonErrors.typeError("state vector must be a tuple");
            }
            if (t.size() != MersenneTwister.N + 1) {
                throw PythonErrors.valueError("state vector is the wrong size");
            }
            int[] state = new int[MersenneTwister.N];
            for (int i = 0; i < state.length; i++) {
                Object v = PyNumberConvert.index(t.get(i));
                BigInteger b = IntMath.big(v);
                if (b.signum() < 0) {
                    throw PythonErrors.overflowError("can't convert negative int to unsigned");
                }
                if (b.bitLength() > 64) {
                    throw PythonErrors.overflowError("Python int too large to convert to C unsigned long");
                }
                state[i] = b.intValue();
            }
            long index = PyNumberConvert.asSize(t.get(MersenneTwister.N), BuiltinType.OVERFLOW_ERROR);
            if (index < 0 || index > MersenneTwister.N) {
                throw PythonErrors.valueError("invalid state");
            }
            mt.setState(state, (int) index);
            return PNone.NONE;
        }
    }
}
