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
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.bytes.BufferExporter;
import dev.taipan.runtime.bytes.BufferFormat;
import dev.taipan.runtime.bytes.BytesFromObject;
import dev.taipan.runtime.bytes.BytesHex;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PMemoryViewIterator;
import dev.taipan.runtime.objects.ObjectIds;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PMemoryView;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.types.BuiltinType;

/** {@code memoryview}: one-dimensional views of bytes-like objects. */
public final class MemoryViewBuiltins {
    private MemoryViewBuiltins() {
    }

    static PMemoryView self(Object o, String method) {
        if (o instanceof PMemoryView m) {
            return m;
        }
        throw PythonErrors.typeError("descriptor '%s' for 'memoryview' objects doesn't apply to a '%s' object", method, PyObjectGetClass.typeName(o));
    }

    /** self, which must not be released. */
    static PMemoryView live(Object o, String method) {
        return self(o, method).checkReleased();
    }

    /** A new view of {@code obj} (memoryview(obj)). */
    @TruffleBoundary
    static PMemoryView viewOf(Object obj) {
        if (obj instanceof PMemoryView m) {
            m.checkReleased();
            return new PMemoryView(m.exporter(), m.offset(), m.length(), m.stride(), m.format(), m.isReadonly());
        } else if (obj instanceof BufferExporter e) {
            return PMemoryView.of(e);
        }
        throw PythonErrors.typeError("memoryview: a bytes-like object is required, not '%s'", PyObjectGetClass.typeName(obj));
    }

    @Builtin(name = "__new__", params = {"cls", "object"}, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNew(Object cls, Object object) {
            return viewOf(object);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRepr(Object self) {
            PMemoryView m = self(self, "__repr__");
            return (m.isReleased() ? "<released memory at " : "<memory at ") + ObjectIds.address(m) + ">";
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) live(self, "__len__").length();
        }
    }

    static int elementIndex(PMemoryView m, Object key) {
        long i = key instanceof Long l ? l : PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
        if (i < 0) {
            i += m.length();
        }
        if (i < 0 || i >= m.length()) {
            throw PythonErrors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    static PMemoryView sliceView(PMemoryView m, PSlice slice) {
        SliceIndices si = SliceIndices.compute(slice, m.length());
        return new PMemoryView(m.exporter(), m.offset() + si.start() * m.stride(), si.length(), m.stride() * si.step(), m.format(), m.isReadonly());
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doGetItem(Object self, Object key) {
            PMemoryView m = live(self, "__getitem__");
            if (key instanceof PSlice slice) {
                return sliceView(m, slice);
            }
            if (!PyNumberConvert.hasIndex(key)) {
                throw PythonErrors.typeError("memoryview: invalid slice key");
            }
            int i = elementIndex(m, key);
            return m.format().unpack(m.array(), m.byteOffset(i));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSetItem(Object self, Object key, Object value) {
            PMemoryView m = live(self, "__setitem__");
            if (m.isReadonly()) {
                throw PythonErrors.typeError("cannot modify read-only memory");
            }
            if (key instanceof PSlice slice) {
                assign(sliceView(m, slice), value);
                return PNone.NONE;
            }
            if (!PyNumberConvert.hasIndex(key)) {
                throw PythonErrors.typeError("memoryview: invalid slice key");
            }
            int i = elementIndex(m, key);
            m.format().pack(value, m.array(), m.byteOffset(i));
            return PNone.NONE;
        }

        private static void assign(PMemoryView dest, Object value) {
            char srcFormat;
            int srcLength;
            byte[] src;
            if (value instanceof PMemoryView v) {
                v.checkReleased();
                srcFormat = v.format().code;
                srcLength = v.length();
                src = v.toBytes();
            } else {
                src = BytesLike.bytesOrNull(value);
                if (src == null) {
                    throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyObjectGetClass.typeName(value));
                }
                srcFormat = 'B';
                srcLength = src.length;
            }
            if (srcFormat != dest.format().code || srcLength != dest.length()) {
                throw PythonErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] a = dest.array();
            int size = dest.itemsize();
            for (int i = 0; i < srcLength; i++) {
                System.arraycopy(src, i * size, a, dest.byteOffset(i), size);
            }
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelItem(Object self, Object key) {
            PMemoryView m = live(self, "__delitem__");
            if (m.isReadonly()) {
                throw PythonErrors.typeError("cannot modify read-only memory");
            }
            throw PythonErrors.typeError("cannot delete memory");
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PMemoryViewIterator(live(self, "__iter__"));
        }
    }

    /** The elements of a bytes-like object as Python values: a view's by its format, others' as ints. */
    private static Object[] elements(Object o) {
        if (o instanceof PMemoryView m) {
            byte[] a = m.array();
            Object[] out = new Object[m.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.format().unpack(a, m.byteOffset(i));
            }
            return out;
        }
        byte[] b = BytesLike.bytesOrNull(o);
        Object[] out = new Object[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (long) (b[i] & 0xff);
        }
        return out;
    }

    @TruffleBoundary
    static boolean equal(PMemoryView m, Object other) {
        if (m == other) {
            return true;
        }
        if (m.isReleased() || (other instanceof PMemoryView o && o.isReleased())) {
            return false;
        }
        char otherFormat = other instanceof PMemoryView o ? o.format().code : 'B';
        int otherLength = other instanceof PMemoryView o ? o.length() : BytesLike.length(other);
        if (otherLength != m.length()) {
            return false;
        }
        if (m.format().isByteFormat() && otherFormat == m.format().code || m.format().code == 'B' && otherFormat == 'B') {
            return BytesOps.compare(m.toBytes(), BytesLike.bytesOrNull(other)) == 0;
        }
        Object[] a = elements(m);
        Object[] b = elements(other);
        for (int i = 0; i < a.length; i++) {
            if (!PyObjectRichCompareBool.eqUncached(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__eq__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doEq(Object self, Object other) {
            PMemoryView m = self(self, "__eq__");
            if (!BytesLike.check(other)) {
                return PNotImplemented.INSTANCE;
            }
            return equal(m, other);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNe(Object self, Object other) {
            PMemoryView m = self(self, "__ne__");
            if (!BytesLike.check(other)) {
                return PNotImplemented.INSTANCE;
            }
            return !equal(m, other);
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            PMemoryView m = live(self, "__hash__");
            if (!m.isReadonly()) {
                throw PythonErrors.valueError("cannot hash writable memoryview object");
            }
            if (!m.format().isByteFormat()) {
                throw PythonErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return BytesOps.hash(m.toBytes());
        }
    }

    @Builtin(name = "tobytes", params = {"self", "order"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doToBytes(Object self, Object order) {
            PMemoryView m = live(self, "tobytes");
            if (order != PNone.NO_VALUE && order != PNone.NONE) {
                String o = order instanceof String s ? s : PPrimitiveObject.strValue(order);
                if (o == null || !(o.equals("C") || o.equals("F") || o.equals("A"))) {
                    throw PythonErrors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PBytes(m.toBytes());
        }
    }

    @Builtin(name = "tolist", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doToList(Object self) {
            return new PList(elements(live(self, "tolist")));
        }
    }

    @Builtin(name = "hex", params = {"self", "sep", "bytes_per_sep"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doHex(Object self, Object sep, Object bytesPerSep) {
            return BytesHex.hex(live(self, "hex").toBytes(), sep, bytesPerSep);
        }
    }

    @Builtin(name = "toreadonly", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ToReadonlyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doToReadonly(Object self) {
            PMemoryView m = live(self, "toreadonly");
            return new PMemoryView(m.exporter(), m.offset(), m.length(), m.stride(), m.format(), true);
        }
    }

    @Builtin(name = "cast", params = {"self", "format", "shape"}, required = 2, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class CastNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCast(Object self, Object format, Object shape) {
            PMemoryView m = live(self, "cast");
            if (!m.isContiguous()) {
                throw PythonErrors.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            String f = format instanceof String s ? s : PPrimitiveObject.strValue(format);
            if (f == null) {
                throw PythonErrors.typeError("cast() argument 'format' must be str, not %s", PyObjectGetClass.typeName(format));
            }
            BufferFormat dest = BufferFormat.parse(f);
            if (dest == null) {
                throw PythonErrors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (!m.format().isByteFormat() && !dest.isByteFormat()) {
                throw PythonErrors.typeError("memoryview: cannot cast between two non-byte formats");
            }
            int nbytes = m.nbytes();
            if (nbytes % dest.itemsize != 0) {
                throw PythonErrors.typeError("memoryview: length is not a multiple of itemsize");
            }
            int length = nbytes / dest.itemsize;
            if (shape != PNone.NO_VALUE && shape != PNone.NONE) {
                Object[] dims;
                if (shape instanceof PList l) {
                    dims = l.toArray();
                } else if (shape instanceof PTuple t) {
                    dims = t.items();
                } else {
                    throw PythonErrors.typeError("shape must be a list or a tuple");
                }
                if (dims.length != 1) {
                    throw PythonErrors.notImplementedError("memoryview: only one-dimensional shapes are supported");
                }
                long n = PyNumberConvert.asSize(dims[0], BuiltinType.OVERFLOW_ERROR);
                if (n <= 0) {
                    throw PythonErrors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                if (n * dest.itemsize != nbytes) {
                    throw PythonErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
                }
            }
            return new PMemoryView(m.exporter(), m.offset(), length, dest.itemsize, dest, m.isReadonly());
        }
    }

    @Builtin(name = "release", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRelease(Object self) {
            self(self, "release").release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__enter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doEnter(Object self) {
            return live(self, "__enter__");
        }
    }

    @Builtin(name = "__exit__", params = {"self"}, varargs = "args")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doExit(Object self, Object args) {
            self(self, "__exit__").release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__buffer__", params = {"self", "flags"})
    @GenerateNodeFactory
    public abstract static class BufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doBuffer(Object self, Object flags) {
            PyNumberConvert.asInt(flags);
            return viewOf(live(self, "__buffer__"));
        }
    }

    @Builtin(name = "__release_buffer__", params = {"self", "view"})
    @GenerateNodeFactory
    public abstract static class ReleaseBufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReleaseBuffer(Object self, Object view) {
            self(self, "__release_buffer__");
            return PNone.NONE;
        }
    }

    // ---------------------------------------------------------------- attributes

    @Builtin(name = "obj", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ObjNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doObj(Object self, Object value) {
            return live(self, "obj").exporter();
        }
    }

    @Builtin(name = "nbytes", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNBytes(Object self, Object value) {
            return (long) live(self, "nbytes").nbytes();
        }
    }

    @Builtin(name = "readonly", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ReadonlyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doReadonly(Object self, Object value) {
            return live(self, "readonly").isReadonly();
        }
    }

    @Builtin(name = "itemsize", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ItemSizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doItemSize(Object self, Object value) {
            return (long) live(self, "itemsize").itemsize();
        }
    }

    @Builtin(name = "format", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doFormat(Object self, Object value) {
            return live(self, "format").format().text;
        }
    }

    @Builtin(name = "ndim", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NDimNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doNDim(Object self, Object value) {
            live(self, "ndim");
            return 1L;
        }
    }

    @Builtin(name = "shape", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ShapeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doShape(Object self, Object value) {
            return PTuple.of((long) live(self, "shape").length());
        }
    }

    @Builtin(name = "strides", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StridesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doStrides(Object self, Object value) {
            return PTuple.of((long) live(self, "strides").stride());
        }
    }

    @Builtin(name = "suboffsets", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SubOffsetsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doSubOffsets(Object self, Object value) {
            live(self, "suboffsets");
            return PTuple.EMPTY;
        }
    }

    @Builtin(name = "c_contiguous", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CContiguousNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doC(Object self, Object value) {
            return live(self, "c_contiguous").isContiguous();
        }
    }

    @Builtin(name = "f_contiguous", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FContiguousNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doF(Object self, Object value) {
            return live(self, "f_contiguous").isContiguous();
        }
    }

    @Builtin(name = "contiguous", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ContiguousNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContiguous(Object self, Object value) {
            return live(self, "contiguous").isContiguous();
        }
    }
}
