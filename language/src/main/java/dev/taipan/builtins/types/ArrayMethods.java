package dev.taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectRichCompareBool;
import dev.taipan.runtime.array.ArrayFormat;
import dev.taipan.runtime.array.ArrayOps;
import dev.taipan.runtime.array.MachineFormat;
import dev.taipan.runtime.array.PArray;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;

/** The named methods and attributes of {@code array.array}. */
public final class ArrayMethods {
    private ArrayMethods() {
    }

    static PArray self(Object o, String method) {
        return ArrayBuiltins.self(o, method);
    }

    @Builtin(name = "typecode", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TypecodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return String.valueOf(self(self, "typecode").format.code);
        }
    }

    @Builtin(name = "itemsize", params = {"self", "value"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ItemsizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object value) {
            return (long) self(self, "itemsize").itemsize();
        }
    }

    @Builtin(name = "append", params = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object v) {
            self(self, "append").append(v);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "bb"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object bb) {
            ArrayOps.extend(self(self, "extend"), bb);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "i", "v"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object iObj, Object v) {
            PArray a = self(self, "insert");
            long i = PyNumberConvert.asSize(iObj, BuiltinType.OVERFLOW_ERROR);
            int n = a.length();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            a.insert((int) Math.min(i, n), v);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "i"}, required = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object iObj) {
            PArray a = self(self, "pop");
            long i = iObj == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(iObj, BuiltinType.OVERFLOW_ERROR);
            if (a.length() == 0) {
                throw PythonErrors.indexError("pop from empty array");
            }
            if (i < 0) {
                i += a.length();
            }
            if (i < 0 || i >= a.length()) {
                throw PythonErrors.indexError("pop index out of range");
            }
            Object v = a.get((int) i);
            a.delete((int) i, (int) i + 1);
            return v;
        }
    }

    static int find(PArray a, Object v, int start, int stop) {
        for (int i = start; i < Math.min(stop, a.length()); i++) {
            if (PyObjectRichCompareBool.eqUncached(a.get(i), v)) {
                return i;
            }
        }
        return -1;
    }

    @Builtin(name = "remove", params = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object v) {
            PArray a = self(self, "remove");
            int i = find(a, v, 0, a.length());
            if (i < 0) {
                throw PythonErrors.valueError("array.remove(x): x not in array");
            }
            a.delete(i, i + 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "index", params = {"self", "v", "start", "stop"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object v, Object startObj, Object stopObj) {
            PArray a = self(self, "index");
            int n = a.length();
            long start = startObj == PNone.NO_VALUE ? 0 : PyNumberConvert.asSize(startObj, BuiltinType.OVERFLOW_ERROR);
            long stop = stopObj == PNone.NO_VALUE ? n : PyNumberConvert.asSize(stopObj, BuiltinType.OVERFLOW_ERROR);
            if (start < 0) {
                start = Math.max(0, start + n);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + n);
            }
            int i = find(a, v, (int) Math.min(start, n), (int) Math.min(stop, n));
            if (i < 0) {
                throw PythonErrors.valueError("array.index(x): x not in array");
            }
            return (long) i;
        }
    }

    @Builtin(name = "count", params = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object v) {
            PArray a = self(self, "count");
            long c = 0;
            for (int i = 0; i < a.length(); i++) {
                if (PyObjectRichCompareBool.eqUncached(a.get(i), v)) {
                    c++;
                }
            }
            return c;
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            self(self, "reverse").reverse();
            return PNone.NONE;
        }
    }

    @Builtin(name = "byteswap", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ByteswapNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            self(self, "byteswap").byteswap();
            return PNone.NONE;
        }
    }

    @Builtin(name = "buffer_info", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BufferInfoNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self) {
            PArray a = self(self, "buffer_info");
            // there is no C address: an identity number stands in for it
            return PTuple.of((long) System.identityHashCode(a.bufferArray()) << 4, (long) a.length());
        }
    }

    @Builtin(name = "tobytes", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return new PBytes(self(self, "tobytes").toBytes());
        }
    }

    @Builtin(name = "frombytes", params = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object buffer) {
            PArray a = self(self, "frombytes");
            ArrayOps.fromBytes(a, BytesLike.require(buffer));
            return PNone.NONE;
        }
    }

    @Builtin(name = "tolist", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return ArrayOps.toList(self(self, "tolist"));
        }
    }

    @Builtin(name = "fromlist", params = {"self", "list"})
    @GenerateNodeFactory
    public abstract static class FromListNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object list) {
            ArrayOps.fromList(self(self, "fromlist"), list);
            return PNone.NONE;
        }
    }

    @Builtin(name = "tounicode", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ToUnicodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PArray a = self(self, "tounicode");
            if (a.format != ArrayFormat.UNICODE) {
                throw PythonErrors.valueError("tounicode() may only be called on unicode type arrays");
            }
            return ArrayOps.toUnicode(a);
        }
    }

    @Builtin(name = "fromunicode", params = {"self", "ustr"})
    @GenerateNodeFactory
    public abstract static class FromUnicodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object ustr) {
            PArray a = self(self, "fromunicode");
            String s = StrBuiltins.asString(ustr);
            if (s == null) {
                throw PythonErrors.typeError("fromunicode() argument must be str, not %s", PyObjectGetClass.typeName(ustr));
            }
            if (a.format != ArrayFormat.UNICODE) {
                throw PythonErrors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            ArrayOps.fromUnicode(a, s);
            return PNone.NONE;
        }
    }

    @Builtin(name = "tofile", params = {"self", "f"})
    @GenerateNodeFactory
    public abstract static class ToFileNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object f) {
            byte[] b = self(self, "tofile").toBytes();
            // written in blocks, as CPython does, so huge arrays need no huge bytes object
            int block = 64 * 1024;
            Object write = GenericAttributes.getAttribute(f, "write");
            for (int off = 0; off < b.length; off += block) {
                CallDispatch.call(write, new PBytes(java.util.Arrays.copyOfRange(b, off, Math.min(b.length, off + block))));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "fromfile", params = {"self", "f", "n"})
    @GenerateNodeFactory
    public abstract static class FromFileNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object f, Object nObj) {
            PArray a = self(self, "fromfile");
            long n = PyNumberConvert.asSize(nObj, BuiltinType.OVERFLOW_ERROR);
            if (n < 0) {
                throw PythonErrors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE / a.itemsize()) {
                throw PythonErrors.raise(BuiltinType.MEMORY_ERROR, "");
            }
            long nbytes = n * a.itemsize();
            Object b = CallDispatch.call(GenericAttributes.getAttribute(f, "read"), nbytes);
            if (!(b instanceof PBytes bytes)) {
                throw PythonErrors.typeError("read() didn't return bytes");
            }
            ArrayOps.fromBytes(a, bytes.bytes());
            if (bytes.size() != nbytes) {
                throw PythonErrors.raise(BuiltinType.EOF_ERROR, "read() didn't return enough bytes");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            PArray a = self(self, "__copy__");
            return new PArray(a.format, a.toBytes());
        }
    }

    @Builtin(name = "__deepcopy__", params = {"self", "unused"})
    @GenerateNodeFactory
    public abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object unused) {
            PArray a = self(self, "__deepcopy__");
            return new PArray(a.format, a.toBytes());
        }
    }

    @Builtin(name = "__sizeof__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SizeofNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object self) {
            return 64L + self(self, "__sizeof__").bufferArray().length;
        }
    }

    @Builtin(name = "__reduce_ex__", params = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ReduceExNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object self, Object value) {
            PArray a = self(self, "__reduce_ex__");
            if (!(value instanceof Long) && !(value instanceof java.math.BigInteger) && !(value instanceof Boolean)) {
                throw PythonErrors.typeError("__reduce_ex__ argument should be an integer");
            }
            long protocol = PyNumberConvert.asSize(value, BuiltinType.OVERFLOW_ERROR);
            Object dict = GenericAttributes.lookupAttribute(a, "__dict__");
            if (dict == null) {
                dict = PNone.NONE;
            }
            Object cls = PyObjectGetClass.get(a);
            String tc = String.valueOf(a.format.code);
            if (protocol < 3) {
                // older protocols have no bytes type: pickle the items as a list
                return PTuple.of(cls, PTuple.of(tc, ArrayOps.toList(a)), dict);
            }
            Object module = TaipanContext.get(null).getSysModules().getString("array");
            if (!(module instanceof PythonModule)) {
                module = TaipanContext.get(null).getRegistry().createModule("array");
            }
            Object reconstructor = ((PythonModule) module).getAttribute("_array_reconstructor");
            return PTuple.of(reconstructor, PTuple.of(cls, tc, (long) MachineFormat.of(a.format), new PBytes(a.toBytes())), dict);
        }
    }

    /** PEP 688: the buffer protocol seen from Python. */
    @Builtin(name = "__buffer__", params = {"self", "flags"})
    @GenerateNodeFactory
    public abstract static class BufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object flags) {
            PyNumberConvert.asInt(flags);
            return dev.taipan.runtime.objects.PMemoryView.of(self(self, "__buffer__"));
        }
    }

    @Builtin(name = "__release_buffer__", params = {"self", "view"})
    @GenerateNodeFactory
    public abstract static class ReleaseBufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object self, Object view) {
            self(self, "__release_buffer__");
            return PNone.NONE;
        }
    }
}
