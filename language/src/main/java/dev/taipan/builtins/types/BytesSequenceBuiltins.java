package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.bytes.ByteBuilder;
import dev.taipan.runtime.bytes.BytesFromObject;
import dev.taipan.runtime.bytes.BytesHex;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.format.PercentFormat;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.strings.StrArgs;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The sequence protocol and conversions bytes and bytearray share: len, in, +, *, %, join,
 * decode, hex/fromhex, maketrans/translate.
 */
public final class BytesSequenceBuiltins {
    private BytesSequenceBuiltins() {
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            if (self instanceof PBytes b) {
                return (long) b.size();
            } else if (self instanceof PByteArray ba) {
                return (long) ba.length();
            }
            throw BytesArgs.wrongSelf("bytes", "__len__", self);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object key) {
            byte[] a = BytesArgs.data(self, "__contains__");
            if (PyNumberConvert.hasIndex(key) && !BytesLike.check(key)) {
                int v = BytesFromObject.byteValue(key);
                for (byte b : a) {
                    if ((b & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            return BytesOps.find(a, BytesArgs.bytesArg(key)) >= 0;
        }
    }

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAdd(Object self, Object other) {
            byte[] a = BytesArgs.data(self, "__add__");
            byte[] b = BytesLike.bytesOrNull(other);
            if (b == null) {
                throw PythonErrors.typeError("can't concat %s to %s", PyObjectGetClass.typeName(other), PyObjectGetClass.typeName(self));
            }
            return BytesArgs.wrap(self, BytesOps.concat(a, b));
        }
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMul(Object self, Object n) {
            byte[] a = BytesArgs.data(self, "__mul__");
            return BytesArgs.wrap(self, BytesOps.repeat(a, SequenceOps.repeatCount(a.length, n, self instanceof PBytes ? "repeated bytes are too long" : null)));
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMul(Object self, Object n) {
            byte[] a = BytesArgs.data(self, "__rmul__");
            return BytesArgs.wrap(self, BytesOps.repeat(a, SequenceOps.repeatCount(a.length, n, self instanceof PBytes ? "repeated bytes are too long" : null)));
        }
    }

    @Builtin(name = "__mod__", params = {"self", "values"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMod(Object self, Object values) {
            byte[] a = BytesArgs.data(self, "__mod__");
            return BytesArgs.wrap(self, PercentFormat.formatBytes(a, values));
        }
    }

    @Builtin(name = "__rmod__", params = {"self", "values"})
    @GenerateNodeFactory
    public abstract static class RModNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMod(Object self, Object values) {
            BytesArgs.data(self, "__rmod__");
            return PNotImplemented.INSTANCE;
        }
    }

    /** iter(iterable) for join: "can only join an iterable" for anything else. */
    static Object joinIterator(Object iterable) {
        try {
            return PyObjectIter.getIter(iterable);
        } catch (dev.taipan.runtime.exceptions.PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR) && PyObjectGetClass.get(iterable).lookup("__iter__") == null) {
                throw PythonErrors.typeError("can only join an iterable");
            }
            throw e;
        }
    }

    @Builtin(name = "join", params = {"self", "iterable_of_bytes"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doJoin(Object self, Object iterable) {
            byte[] sep = BytesArgs.data(self, "join");
            ByteBuilder out = new ByteBuilder();
            Object it = joinIterator(iterable);
            int i = 0;
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it), i++) {
                byte[] b = BytesLike.bytesOrNull(v);
                if (b == null) {
                    throw PythonErrors.typeError("sequence item %d: expected a bytes-like object, %s found", i, PyObjectGetClass.typeName(v));
                }
                if (i > 0) {
                    out.append(sep);
                }
                out.append(b);
            }
            return BytesArgs.wrap(self, out.toArray());
        }
    }

    @Builtin(name = "decode", params = {"self", "encoding", "errors"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doDecode(Object self, Object encoding, Object errors) {
            byte[] a = BytesArgs.data(self, "decode");
            return Codecs.decode(a, StrArgs.named(encoding, "decode", "encoding", "utf-8"), StrArgs.named(errors, "decode", "errors", "strict"));
        }
    }

    @Builtin(name = "hex", params = {"self", "sep", "bytes_per_sep"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doHex(Object self, Object sep, Object bytesPerSep) {
            return BytesHex.hex(BytesArgs.data(self, "hex"), sep, bytesPerSep);
        }
    }

    @Builtin(name = "fromhex", params = {"cls", "string"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFromHex(Object clsObj, Object string) {
            String s = string instanceof String str ? str : PPrimitiveObject.strValue(string);
            if (s == null) {
                throw PythonErrors.typeError("fromhex() argument must be str, not %s", PyObjectGetClass.typeName(string));
            }
            byte[] b = BytesHex.fromHex(s);
            PythonClass cls = (PythonClass) clsObj;
            boolean byteArray = cls.isSubtypeOfBuiltin(BuiltinType.BYTEARRAY);
            Object result = byteArray ? new PByteArray(b) : new PBytes(b);
            if (cls.isBuiltin()) {
                return result;
            }
            return CallDispatch.call(cls, result);
        }
    }

    @Builtin(name = "maketrans", params = {"frm", "to"}, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class MakeTransNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doMakeTrans(Object frm, Object to) {
            byte[] f = BytesArgs.bytesArg(frm);
            byte[] t = BytesArgs.bytesArg(to);
            if (f.length != t.length) {
                throw PythonErrors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length; i++) {
                table[f[i] & 0xff] = t[i];
            }
            return new PBytes(table);
        }
    }

    @Builtin(name = "translate", params = {"self", "table", "delete"}, required = 2, posOnly = 2)
    @GenerateNodeFactory
    public abstract static class TranslateNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTranslate(Object self, Object table, Object delete) {
            byte[] a = BytesArgs.data(self, "translate");
            byte[] t = null;
            if (table != PNone.NONE) {
                t = BytesArgs.bytesArg(table);
                if (t.length != 256) {
                    throw PythonErrors.valueError("translation table must be 256 characters long");
                }
            }
            byte[] d = delete == PNone.NO_VALUE ? null : BytesArgs.bytesArg(delete);
            if (t == null && (d == null || d.length == 0)) {
                return BytesArgs.wrapMaybeSame(self, a, a);
            }
            return BytesArgs.wrap(self, BytesOps.translate(a, t, d));
        }
    }
}
