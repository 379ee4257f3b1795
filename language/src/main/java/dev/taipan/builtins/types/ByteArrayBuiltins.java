package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.CompareOp;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectLengthHint;
import dev.taipan.runtime.bytes.BytesFromObject;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBytesIterator;
import dev.taipan.runtime.objects.PByteArray;
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
 * The methods only {@code bytearray} has: construction, repr, indexing with assignment and
 * deletion, comparison with any bytes-like object, and the mutating list-like methods.
 */
public final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {
    }

    static PByteArray self(Object o, String method) {
        if (o instanceof PByteArray b) {
            return b;
        }
        throw BytesArgs.wrongSelf("bytearray", method, o);
    }

    static int index(Object key) {
        if (!PyNumberConvert.hasIndex(key)) {
            throw PythonErrors.typeError("bytearray indices must be integers or slices, not %s", PyObjectGetClass.typeName(key));
        }
        long i = key instanceof Long l ? l : PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i));
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PythonClass c = (PythonClass) cls;
            return c.isBuiltin() && c.getBuiltinType() == BuiltinType.BYTEARRAY ? new PByteArray() : new PByteArray(c);
        }
    }

    @Builtin(name = "__init__", params = {"self", "source", "encoding", "errors"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class InitNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInit(Object selfObj, Object x, Object encoding, Object errors) {
            PByteArray self = self(selfObj, "__init__");
            byte[] value;
            if (x == PNone.NO_VALUE) {
                if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                    throw PythonErrors.typeError(encoding != PNone.NO_VALUE ? "encoding without a string argument" : "errors without a string argument");
                }
                value = new byte[0];
            } else {
                String s = x instanceof String str ? str : PPrimitiveObject.strValue(x);
                if (encoding != PNone.NO_VALUE) {
                    if (s == null) {
                        throw PythonErrors.typeError("encoding without a string argument");
                    }
                    value = Codecs.encode(s, StrArgs.named(encoding, "bytearray", "encoding", "utf-8"), StrArgs.named(errors, "bytearray", "errors", "strict"));
                } else if (errors != PNone.NO_VALUE) {
                    throw PythonErrors.typeError(s != null ? "string argument without an encoding" : "errors without a string argument");
                } else if (s != null) {
                    throw PythonErrors.typeError("string argument without an encoding");
                } else {
                    value = BytesFromObject.convert(x, "bytearray");
                }
            }
            self.setContents(value, value.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PByteArray b = self(self, "__repr__");
            return PyObjectGetClass.get(b).getName() + "(" + BytesOps.repr(b.storage(), b.length(), true) + ")";
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doStr(Object self) {
            PByteArray b = self(self, "__str__");
            return PyObjectGetClass.get(b).getName() + "(" + BytesOps.repr(b.storage(), b.length(), true) + ")";
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
        static Object getItem(PByteArray b, Object key) {
            if (key instanceof PSlice slice) {
                SliceIndices si = SliceIndices.compute(slice, b.length());
                byte[] out = new byte[si.length()];
                byte[] a = b.storage();
                for (int i = 0, j = si.start(); i < out.length; i++, j += si.step()) {
                    out[i] = a[j];
                }
                return new PByteArray(out);
            }
            int i = index(key);
            if (i < 0) {
                i += b.length();
            }
            if (i < 0 || i >= b.length()) {
                throw PythonErrors.indexError("bytearray index out of range");
            }
            return (long) b.get(i);
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetItem(Object selfObj, Object key, Object value) {
            PByteArray self = self(selfObj, "__setitem__");
            if (key instanceof PSlice slice) {
                assignSlice(self, slice, value);
                return PNone.NONE;
            }
            int i = index(key);
            if (i < 0) {
                i += self.length();
            }
            if (i < 0 || i >= self.length()) {
                throw PythonErrors.indexError("bytearray index out of range");
            }
            self.set(i, BytesFromObject.byteValue(value));
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void assignSlice(PByteArray self, PSlice slice, Object value) {
        byte[] items = BytesLike.bytesOrNull(value);
        if (items == null) {
            if (PyNumberConvert.hasIndex(value) || value instanceof String || PPrimitiveObject.strValue(value) != null || value instanceof Double) {
                throw PythonErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            items = BytesFromObject.convert(value, "bytearray");
        }
        SliceIndices si = SliceIndices.compute(slice, self.length());
        if (si.step() == 1) {
            int start = si.start();
            int stop = Math.max(start, si.start() + si.length());
            self.replace(start, stop, items, 0, items.length);
            return;
        }
        if (items.length != si.length()) {
            throw PythonErrors.valueError("attempt to assign bytes of size %d to extended slice of size %d", items.length, si.length());
        }
        for (int i = 0, j = si.start(); i < items.length; i++, j += si.step()) {
            self.set(j, items[i] & 0xff);
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doDelItem(Object selfObj, Object key) {
            PByteArray self = self(selfObj, "__delitem__");
            if (key instanceof PSlice slice) {
                SliceIndices si = SliceIndices.compute(slice, self.length());
                if (si.length() == 0) {
                    return PNone.NONE;
                }
                if (si.step() == 1) {
                    self.replace(si.start(), si.start() + si.length(), new byte[0], 0, 0);
                    return PNone.NONE;
                }
                boolean[] drop = new boolean[self.length()];
                for (int i = 0, j = si.start(); i < si.length(); i++, j += si.step()) {
                    drop[j] = true;
                }
                byte[] a = self.storage();
                byte[] out = new byte[self.length() - si.length()];
                int k = 0;
                for (int i = 0; i < self.length(); i++) {
                    if (!drop[i]) {
                        out[k++] = a[i];
                    }
                }
                self.setContents(out, k);
                return PNone.NONE;
            }
            int i = index(key);
            if (i < 0) {
                i += self.length();
            }
            if (i < 0 || i >= self.length()) {
                throw PythonErrors.indexError("bytearray index out of range");
            }
            self.removeAt(i);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PBytesIterator(self(self, "__iter__"), BuiltinType.BYTEARRAY_ITERATOR);
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        @TruffleBoundary
        Object doCompare(Object self, Object other) {
            byte[] a = self(self, op().dunder).toBytes();
            byte[] b = BytesLike.bytesOrNull(other);
            if (b == null) {
                return PNotImplemented.INSTANCE;
            }
            return op().test(BytesOps.compare(a, b));
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

    @Builtin(name = "__iadd__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIAdd(Object selfObj, Object other) {
            PByteArray self = self(selfObj, "__iadd__");
            byte[] b = BytesLike.bytesOrNull(other);
            if (b == null) {
                throw PythonErrors.typeError("can't concat %s to %s", PyObjectGetClass.typeName(other), PyObjectGetClass.typeName(self));
            }
            self.append(b, 0, b.length);
            return self;
        }
    }

    @Builtin(name = "__imul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIMul(Object selfObj, Object n) {
            PByteArray self = self(selfObj, "__imul__");
            int count = dev.taipan.runtime.sequence.SequenceOps.repeatCount(self.length(), n, null);
            byte[] r = BytesOps.repeat(self.toBytes(), count);
            self.setContents(r, r.length);
            return self;
        }
    }

    @Builtin(name = "__alloc__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class AllocNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAlloc(Object self) {
            return (long) self(self, "__alloc__").allocated();
        }
    }

    @Builtin(name = "append", params = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization(guards = {"item >= 0", "item < 256"})
        static Object doByte(PByteArray self, long item) {
            self.append((int) item);
            return PNone.NONE;
        }

        @Specialization(replaces = "doByte")
        static Object doAppend(Object self, Object item) {
            PByteArray b = self(self, "append");
            b.append(BytesFromObject.byteValue(item));
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable_of_ints"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExtend(Object selfObj, Object iterable) {
            PByteArray self = self(selfObj, "extend");
            byte[] b = BytesLike.bytesOrNull(iterable);
            if (b != null) {
                self.append(b, 0, b.length);
                return PNone.NONE;
            }
            Object it;
            try {
                it = PyObjectIter.getIter(iterable);
            } catch (PException e) {
                if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR)) {
                    throw PythonErrors.typeError("can't extend bytearray with %s", PyObjectGetClass.typeName(iterable));
                }
                throw e;
            }
            PyObjectLengthHint.beforeCollecting(iterable, 64);
            // collect first: a failing item leaves the bytearray unchanged, as in CPython
            dev.taipan.runtime.bytes.ByteBuilder out = new dev.taipan.runtime.bytes.ByteBuilder();
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it)) {
                out.append((byte) BytesFromObject.byteValue(v));
            }
            byte[] add = out.toArray();
            self.append(add, 0, add.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "item"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doInsert(Object selfObj, Object index, Object item) {
            PByteArray self = self(selfObj, "insert");
            long i = PyNumberConvert.asSize(index, BuiltinType.OVERFLOW_ERROR);
            int v = BytesFromObject.byteValue(item);
            int n = self.length();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            self.insert((int) i, v);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPop(Object selfObj, Object index) {
            PByteArray self = self(selfObj, "pop");
            long i = index == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(index, BuiltinType.OVERFLOW_ERROR);
            int n = self.length();
            if (n == 0) {
                throw PythonErrors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PythonErrors.indexError("pop index out of range");
            }
            return (long) self.removeAt((int) i);
        }
    }

    @Builtin(name = "remove", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemove(Object selfObj, Object value) {
            PByteArray self = self(selfObj, "remove");
            int v = BytesFromObject.byteValue(value);
            for (int i = 0; i < self.length(); i++) {
                if (self.get(i) == v) {
                    self.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("value not found in bytearray");
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReverse(Object selfObj) {
            PByteArray self = self(selfObj, "reverse");
            byte[] a = self.storage();
            for (int i = 0, j = self.length() - 1; i < j; i++, j--) {
                byte t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClear(Object self) {
            self(self, "clear").clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCopy(Object self) {
            return new PByteArray(self(self, "copy").toBytes());
        }
    }

    /** pickle support: (type(self), (contents,), self.__dict__ or None). */
    @TruffleBoundary
    static Object reduce(PByteArray self, long protocol) {
        Object dict = self.getExplicitClass() != null ? GenericAttributes.lookupAttribute(self, "__dict__") : null;
        if (dict instanceof dev.taipan.runtime.dict.PDict d && d.size() == 0 || dict == null) {
            dict = PNone.NONE;
        }
        Object args;
        if (protocol < 3) {
            args = PTuple.of(new String(self.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), "latin-1");
        } else {
            args = PTuple.of(new PBytes(self.toBytes()));
        }
        return PTuple.of(PyObjectGetClass.get(self), args, dict);
    }

    @Builtin(name = "__reduce__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReduce(Object self) {
            return reduce(self(self, "__reduce__"), 2);
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "protocol"})
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReduceEx(Object self, Object protocol) {
            return reduce(self(self, "__reduce_ex__"), PyNumberConvert.asSize(protocol, BuiltinType.OVERFLOW_ERROR));
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

    @Builtin(name = "__release_buffer__", params = {"self", "view"})
    @GenerateNodeFactory
    public abstract static class ReleaseBufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRelease(Object self, Object view) {
            self(self, "__release_buffer__");
            return PNone.NONE;
        }
    }
}
