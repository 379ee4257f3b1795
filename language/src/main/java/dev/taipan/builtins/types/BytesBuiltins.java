package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.bytes.BytesFromObject;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.iterators.PBytesIterator;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PMemoryView;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.strings.StrArgs;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * The methods only {@code bytes} has: construction, repr, hash, indexing, comparison. (The
 * methods it shares with bytearray are in {@link BytesSequenceBuiltins},
 * {@link BytesSearchBuiltins} and {@link BytesTextBuiltins}.)
 */
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    static PBytes self(Object o, String method) {
        if (o instanceof PBytes b) {
            return b;
        }
        throw BytesArgs.wrongSelf("bytes", method, o);
    }

    @Builtin(name = "__new__", params = {"cls", "source", "encoding", "errors"}, required = 1, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object source, Object encoding, Object errors) {
            PythonClass cls = (PythonClass) clsObj;
            boolean exact = cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.BYTES;
            Object value = construct(source, encoding, errors);
            if (exact) {
                return value;
            }
            return new PBytes(cls, ((PBytes) value).bytes());
        }

        private static Object construct(Object x, Object encoding, Object errors) {
            if (x == PNone.NO_VALUE) {
                if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                    throw PythonErrors.typeError(encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
                }
                return PBytes.EMPTY;
            }
            String s = x instanceof String str ? str : PPrimitiveObject.strValue(x);
            if (encoding != PNone.NO_VALUE) {
                if (s == null) {
                    throw PythonErrors.typeError("encoding without a string argument");
                }
                return new PBytes(Codecs.encode(s, StrArgs.named(encoding, "bytes", "encoding", "utf-8"), StrArgs.named(errors, "bytes", "errors", "strict")));
            }
            if (errors != PNone.NO_VALUE) {
                throw PythonErrors.typeError(s != null ? "string argument without an encoding" : "errors without a string argument");
            }
            Object bytesMethod = PyObjectGetClass.get(x).lookup("__bytes__");
            if (bytesMethod != null && bytesMethod != PNone.NONE) {
                Object r = CallDispatch.callMethod(bytesMethod, x);
                if (!(r instanceof PBytes)) {
                    throw PythonErrors.typeError("__bytes__ returned non-bytes (type %s)", PyObjectGetClass.typeName(r));
                }
                return r;
            }
            if (s != null) {
                throw PythonErrors.typeError("string argument without an encoding");
            }
            if (x instanceof PBytes b && b.getExplicitClass() == null) {
                return b;
            }
            return new PBytes(BytesFromObject.convert(x, "bytes"));
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            PBytes b = self(self, "__repr__");
            return BytesOps.repr(b.bytes(), b.size());
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            PBytes b = self(self, "__str__");
            return BytesOps.repr(b.bytes(), b.size());
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return BytesOps.hash(self(self, "__hash__").bytes());
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key) {
            return getItem(self(self, "__getitem__"), key);
        }

        @TruffleBoundary
        static Object getItem(PBytes b, Object key) {
            byte[] a = b.bytes();
            if (key instanceof PSlice slice) {
                SliceIndices si = SliceIndices.compute(slice, a.length);
                if (si.step() == 1) {
                    if (si.length() == a.length && b.getExplicitClass() == null) {
                        return b;
                    }
                    return new PBytes(BytesOps.slice(a, si.start(), si.start() + si.length()));
                }
                byte[] out = new byte[si.length()];
                for (int i = 0, j = si.start(); i < out.length; i++, j += si.step()) {
                    out[i] = a[j];
                }
                return new PBytes(out);
            }
            if (!PyNumberConvert.hasIndex(key)) {
                throw PythonErrors.typeError("byte indices must be integers or slices, not %s", PyObjectGetClass.typeName(key));
            }
            long i = key instanceof Long l ? l : PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
            if (i < 0) {
                i += a.length;
            }
            if (i < 0 || i >= a.length) {
                throw PythonErrors.indexError("index out of range");
            }
            return (long) (a[(int) i] & 0xff);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PBytesIterator(self(self, "__iter__"), BuiltinType.BYTES_ITERATOR);
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            PBytes a = self(self, op().dunder);
            if (!(other instanceof PBytes b)) {
                return PNotImplemented.INSTANCE;
            }
            return op().test(BytesOps.compare(a.bytes(), b.bytes()));
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

    @Builtin(name = "__bytes__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BytesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doBytes(Object self) {
            PBytes b = self(self, "__bytes__");
            return b.getExplicitClass() == null ? b : new PBytes(b.bytes());
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetNewArgs(Object self) {
            return PTuple.of(new PBytes(self(self, "__getnewargs__").bytes()));
        }
    }

    @Builtin(name = "__buffer__", params = {"self", "flags"})
    @GenerateNodeFactory
    public abstract static class BufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBuffer(Object self, Object flags) {
            PyNumberConvert.asInt(flags);
            return PMemoryView.of(self(self, "__buffer__"));
        }
    }
}
