package dev.taipan.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.bytes.BytesOps;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.types.BuiltinType;

/**
 * Searching and splitting, shared by bytes and bytearray: find/index/count, startswith/endswith,
 * replace, partition, split/rsplit/splitlines, strip, removeprefix/removesuffix.
 */
public final class BytesSearchBuiltins {
    private BytesSearchBuiltins() {
    }

    /** find/rfind with start/end; -1 when absent. */
    @TruffleBoundary
    static int find(Object self, String method, Object sub, Object start, Object end, boolean reverse) {
        byte[] a = BytesArgs.data(self, method);
        byte[] s = BytesArgs.subArg(sub);
        int from = BytesArgs.start(start, a.length);
        int to = BytesArgs.index(end, a.length, a.length);
        return reverse ? BytesOps.rfind(a, s, from, to) : BytesOps.find(a, s, from, to);
    }

    @Builtin(name = "find", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doFind(Object self, Object sub, Object start, Object end) {
            return (long) find(self, "find", sub, start, end, false);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doRFind(Object self, Object sub, Object start, Object end) {
            return (long) find(self, "rfind", sub, start, end, true);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIndex(Object self, Object sub, Object start, Object end) {
            int i = find(self, "index", sub, start, end, false);
            if (i < 0) {
                throw PythonErrors.valueError("subsection not found");
            }
            return (long) i;
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doRIndex(Object self, Object sub, Object start, Object end) {
            int i = find(self, "rindex", sub, start, end, true);
            if (i < 0) {
                throw PythonErrors.valueError("subsection not found");
            }
            return (long) i;
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object self, Object sub, Object start, Object end) {
            byte[] a = BytesArgs.data(self, "count");
            byte[] s = BytesArgs.subArg(sub);
            return BytesOps.count(a, s, BytesArgs.start(start, a.length), BytesArgs.index(end, a.length, a.length), -1);
        }
    }

    abstract static class AffixBase extends PythonQuaternaryBuiltinNode {
        boolean suffix() {
            return false;
        }

        @Specialization
        @TruffleBoundary
        Object doCheck(Object self, Object affix, Object start, Object end) {
            String method = suffix() ? "endswith" : "startswith";
            byte[] a = BytesArgs.data(self, method);
            int from = BytesArgs.start(start, a.length);
            int to = BytesArgs.index(end, a.length, a.length);
            if (affix instanceof PTuple t) {
                for (Object o : t.items()) {
                    byte[] x = BytesLike.bytesOrNull(o);
                    if (x == null) {
                        throw PythonErrors.typeError("a bytes-like object is required, not '%s'", PyObjectGetClass.typeName(o));
                    }
                    if (matches(a, x, from, to)) {
                        return true;
                    }
                }
                return false;
            }
            byte[] x = BytesLike.bytesOrNull(affix);
            if (x == null) {
                throw PythonErrors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", method, PyObjectGetClass.typeName(affix));
            }
            return matches(a, x, from, to);
        }

        private boolean matches(byte[] a, byte[] x, int from, int to) {
            if (from > a.length || to - from < x.length) {
                return false;
            }
            return BytesOps.matchesAt(a, suffix() ? to - x.length : from, x);
        }
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends AffixBase {
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends AffixBase {
        @Override
        boolean suffix() {
            return true;
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count"}, required = 3)
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReplace(Object self, Object old, Object repl, Object count) {
            byte[] a = BytesArgs.data(self, "replace");
            byte[] o = BytesArgs.bytesArg(old);
            byte[] r = BytesArgs.bytesArg(repl);
            long max = count == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(count, BuiltinType.OVERFLOW_ERROR);
            byte[] result = BytesOps.replace(a, o, r, max);
            return BytesArgs.wrapMaybeSame(self, a, result);
        }
    }

    @Builtin(name = "partition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPartition(Object self, Object sep) {
            byte[] a = BytesArgs.data(self, "partition");
            byte[] s = BytesArgs.bytesArg(sep);
            if (s.length == 0) {
                throw PythonErrors.valueError("empty separator");
            }
            int i = BytesOps.find(a, s);
            if (i < 0) {
                return PTuple.of(BytesArgs.wrapMaybeSame(self, a, a), BytesArgs.wrap(self, new byte[0]), BytesArgs.wrap(self, new byte[0]));
            }
            return PTuple.of(BytesArgs.wrap(self, BytesOps.slice(a, 0, i)), BytesArgs.wrap(self, s.clone()), BytesArgs.wrap(self, BytesOps.slice(a, i + s.length, a.length)));
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRPartition(Object self, Object sep) {
            byte[] a = BytesArgs.data(self, "rpartition");
            byte[] s = BytesArgs.bytesArg(sep);
            if (s.length == 0) {
                throw PythonErrors.valueError("empty separator");
            }
            int i = BytesOps.rfind(a, s, 0, a.length);
            if (i < 0) {
                return PTuple.of(BytesArgs.wrap(self, new byte[0]), BytesArgs.wrap(self, new byte[0]), BytesArgs.wrapMaybeSame(self, a, a));
            }
            return PTuple.of(BytesArgs.wrap(self, BytesOps.slice(a, 0, i)), BytesArgs.wrap(self, s.clone()), BytesArgs.wrap(self, BytesOps.slice(a, i + s.length, a.length)));
        }
    }

    static PList toList(Object self, List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = BytesArgs.wrap(self, parts.get(i));
        }
        return new PList(items);
    }

    static long maxSplit(Object maxsplit) {
        return maxsplit == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(maxsplit, BuiltinType.OVERFLOW_ERROR);
    }

    static byte[] separator(Object sep) {
        if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
            return null;
        }
        byte[] s = BytesArgs.bytesArg(sep);
        if (s.length == 0) {
            throw PythonErrors.valueError("empty separator");
        }
        return s;
    }

    @Builtin(name = "split", params = {"self", "sep", "maxsplit"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSplit(Object self, Object sep, Object maxsplit) {
            byte[] a = BytesArgs.data(self, "split");
            return toList(self, BytesOps.split(a, separator(sep), maxSplit(maxsplit)));
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep", "maxsplit"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRSplit(Object self, Object sep, Object maxsplit) {
            byte[] a = BytesArgs.data(self, "rsplit");
            return toList(self, BytesOps.rsplit(a, separator(sep), maxSplit(maxsplit)));
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSplitLines(Object self, Object keepends) {
            byte[] a = BytesArgs.data(self, "splitlines");
            boolean keep = keepends != PNone.NO_VALUE && PyObjectIsTrue.execute(keepends);
            return toList(self, BytesOps.splitlines(a, keep));
        }
    }

    abstract static class StripBase extends PythonBinaryBuiltinNode {
        int mode() {
            return 0;
        }

        @Specialization
        @TruffleBoundary
        Object doStrip(Object self, Object chars) {
            byte[] a = BytesArgs.data(self, "strip");
            byte[] cs = chars == PNone.NO_VALUE || chars == PNone.NONE ? null : BytesArgs.bytesArg(chars);
            return BytesArgs.wrapMaybeSame(self, a, BytesOps.strip(a, cs, mode()));
        }
    }

    @Builtin(name = "strip", params = {"self", "bytes"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StripNode extends StripBase {
    }

    @Builtin(name = "lstrip", params = {"self", "bytes"}, required = 1)
    @GenerateNodeFactory
    public abstract static class LStripNode extends StripBase {
        @Override
        int mode() {
            return -1;
        }
    }

    @Builtin(name = "rstrip", params = {"self", "bytes"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RStripNode extends StripBase {
        @Override
        int mode() {
            return 1;
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix"})
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemovePrefix(Object self, Object prefix) {
            byte[] a = BytesArgs.data(self, "removeprefix");
            byte[] p = BytesArgs.bytesArg(prefix);
            if (p.length > 0 && BytesOps.matchesAt(a, 0, p)) {
                return BytesArgs.wrap(self, BytesOps.slice(a, p.length, a.length));
            }
            return BytesArgs.wrapMaybeSame(self, a, a);
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix"})
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemoveSuffix(Object self, Object suffix) {
            byte[] a = BytesArgs.data(self, "removesuffix");
            byte[] p = BytesArgs.bytesArg(suffix);
            if (p.length > 0 && BytesOps.matchesAt(a, a.length - p.length, p)) {
                return BytesArgs.wrap(self, BytesOps.slice(a, 0, a.length - p.length));
            }
            return BytesArgs.wrapMaybeSame(self, a, a);
        }
    }
}
