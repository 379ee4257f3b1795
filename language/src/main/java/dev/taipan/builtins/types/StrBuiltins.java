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
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectHash;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectRichCompare;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PStringIterator;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PNotImplemented;
import dev.taipan.runtime.objects.PPrimitiveObject;
import dev.taipan.runtime.objects.PSlice;
import dev.taipan.runtime.objects.SliceIndices;
import dev.taipan.runtime.sequence.SequenceOps;
import dev.taipan.runtime.strings.StrArgs;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** The core methods of {@code str}. */
public final class StrBuiltins {
    private StrBuiltins() {
    }

    /** The str value of self (str subclass instances unwrapped), or a TypeError. */
    static String value(Object self, String method) {
        if (self instanceof String s) {
            return s;
        }
        String v = PPrimitiveObject.strValue(self);
        if (v != null) {
            return v;
        }
        throw PythonErrors.typeError("descriptor '%s' requires a 'str' object but received a '%s'", method, PyObjectGetClass.typeName(self));
    }

    /** A str argument, or null if other is not a str. */
    public static String asString(Object other) {
        if (other instanceof String s) {
            return s;
        }
        return PPrimitiveObject.strValue(other);
    }

    /** The substring argument of find/count/partition/...: "must be str, not int" otherwise. */
    static String requireString(Object arg) {
        String s = asString(arg);
        if (s == null) {
            throw PythonErrors.typeError("must be str, not %s", PyObjectGetClass.typeName(arg));
        }
        return s;
    }

    /** The separator of split/rsplit (None was handled before). */
    static String requireSeparator(Object arg) {
        String s = asString(arg);
        if (s == null) {
            throw PythonErrors.typeError("must be str or None, not %s", PyObjectGetClass.typeName(arg));
        }
        return s;
    }

    @Builtin(name = "__new__", params = {"cls", "object", "encoding", "errors"}, required = 1, posOnly = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object clsObj, Object obj, Object encoding, Object errors) {
            PythonClass cls = (PythonClass) clsObj;
            String value;
            if (obj == PNone.NO_VALUE) {
                value = "";
            } else if (encoding == PNone.NO_VALUE && errors == PNone.NO_VALUE) {
                value = PyObjectStr.str(obj);
            } else {
                value = Codecs.decode(obj, StrArgs.named(encoding, "str", "encoding", "utf-8"), StrArgs.named(errors, "str", "errors", "strict"));
            }
            if (cls.isBuiltin() && cls.getBuiltinType() == BuiltinType.STR) {
                return value;
            }
            return new PPrimitiveObject(cls, BuiltinType.STR, value);
        }
    }

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(Object self) {
            return StringOps.repr(value(self, "__repr__"));
        }
    }

    @Builtin(name = "__str__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doStr(Object self) {
            return value(self, "__str__");
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doLen(Object self) {
            return (long) StringOps.codePointLength(value(self, "__len__"));
        }
    }

    @Builtin(name = "__hash__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doHash(Object self) {
            return PyObjectHash.hashString(value(self, "__hash__"));
        }
    }

    abstract static class Compare extends PythonBinaryBuiltinNode {
        CompareOp op() {
            throw new IllegalStateException();
        }

        @Specialization
        Object doCompare(Object self, Object other) {
            String a = value(self, op().dunder);
            String b = asString(other);
            if (b == null) {
                return PNotImplemented.INSTANCE;
            }
            return op().test(PyObjectRichCompare.compareStrings(a, b));
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

    @Builtin(name = "__add__", params = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doAdd(Object self, Object other) {
            String a = value(self, "__add__");
            String b = asString(other);
            if (b == null) {
                throw PythonErrors.typeError("can only concatenate str (not \"%s\") to str", PyObjectGetClass.typeName(other));
            }
            return a.concat(b);
        }
    }

    @Builtin(name = "__mul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doMul(Object self, Object n) {
            return repeat(value(self, "__mul__"), n);
        }
    }

    @Builtin(name = "__rmul__", params = {"self", "n"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doRMul(Object self, Object n) {
            return repeat(value(self, "__rmul__"), n);
        }
    }

    @TruffleBoundary
    static String repeat(String s, Object n) {
        return s.repeat(SequenceOps.repeatCount(s.length(), n, "repeated string is too long"));
    }

    @Builtin(name = "__contains__", params = {"self", "sub"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doContains(Object self, Object sub) {
            String s = value(self, "__contains__");
            String t = asString(sub);
            if (t == null) {
                throw PythonErrors.typeError("'in <string>' requires string as left operand, not %s", PyObjectGetClass.typeName(sub));
            }
            return s.contains(t);
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        public static Object doGetItem(Object self, Object key) {
            String s = value(self, "__getitem__");
            int len = StringOps.codePointLength(s);
            if (key instanceof PSlice slice) {
                SliceIndices si = SliceIndices.compute(slice, len);
                if (si.step() == 1) {
                    return si.length() <= 0 ? "" : StringOps.substring(s, si.start(), si.start() + si.length());
                }
                int[] cps = StringOps.codePoints(s);
                StringBuilder sb = new StringBuilder(si.length());
                for (int i = 0, j = si.start(); i < si.length(); i++, j += si.step()) {
                    sb.appendCodePoint(cps[j]);
                }
                return sb.toString();
            }
            if (!(key instanceof Long) && !(key instanceof Boolean) && PyObjectGetClass.get(key).lookup("__index__") == null) {
                throw PythonErrors.typeError("string indices must be integers, not '%s'", PyObjectGetClass.typeName(key));
            }
            long i = PyNumberConvert.asSize(key, BuiltinType.INDEX_ERROR);
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw PythonErrors.indexError("string index out of range");
            }
            return StringOps.charAt(s, (int) i);
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return new PStringIterator(value(self, "__iter__"));
        }
    }

    @Builtin(name = "join", params = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doJoin(Object self, Object iterable) {
            String sep = value(self, "join");
            StringBuilder sb = new StringBuilder();
            Object it = BytesSequenceBuiltins.joinIterator(iterable);
            int i = 0;
            for (Object v = PyObjectIter.next(it); v != null; v = PyObjectIter.next(it), i++) {
                String s = asString(v);
                if (s == null) {
                    throw PythonErrors.typeError("sequence item %d: expected str instance, %s found", i, PyObjectGetClass.typeName(v));
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "split", params = {"self", "sep", "maxsplit"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSplit(Object self, Object sep, Object maxsplit) {
            String s = value(self, "split");
            int max = maxsplit == PNone.NO_VALUE ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, PyNumberConvert.asSize(maxsplit, BuiltinType.OVERFLOW_ERROR)));
            PList out = new PList();
            if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && isPySpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && out.size() == max) {
                        // the rest, trailing whitespace included, is the last part
                        out.append(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isPySpace(s.charAt(j))) {
                        j++;
                    }
                    out.append(s.substring(i, j));
                    i = j;
                }
                return out;
            }
            String sp = requireSeparator(sep);
            if (sp.isEmpty()) {
                throw PythonErrors.valueError("empty separator");
            }
            int start = 0;
            while (max < 0 || out.size() < max) {
                int idx = s.indexOf(sp, start);
                if (idx < 0) {
                    break;
                }
                out.append(s.substring(start, idx));
                start = idx + sp.length();
            }
            out.append(s.substring(start));
            return out;
        }
    }

    /** Python's whitespace for split()/strip(): str.isspace. */
    static boolean isPySpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0 || (c > 0xff && Character.isWhitespace(c)) || c == 0x2007 || c == 0x202f ||
                        c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x205f || c == 0x3000;
    }

    private static boolean stripped(int cp, String chars) {
        return chars == null ? cp < 0x10000 && isPySpace((char) cp) : chars.indexOf(cp) >= 0;
    }

    abstract static class StripBase extends PythonBinaryBuiltinNode {
        int mode() {
            return 0;
        }

        @Specialization
        @TruffleBoundary
        Object doStrip(Object self, Object chars) {
            String name = mode() < 0 ? "lstrip" : mode() > 0 ? "rstrip" : "strip";
            String s = value(self, name);
            String cs = null;
            if (chars != PNone.NO_VALUE && chars != PNone.NONE) {
                cs = asString(chars);
                if (cs == null) {
                    throw PythonErrors.typeError("%s arg must be None or str", name);
                }
            }
            int start = 0;
            int end = s.length();
            // by code point: an astral character must not lose half of its surrogate pair
            if (mode() <= 0) {
                while (start < end && stripped(s.codePointAt(start), cs)) {
                    start += Character.charCount(s.codePointAt(start));
                }
            }
            if (mode() >= 0) {
                while (end > start && stripped(s.codePointBefore(end), cs)) {
                    end -= Character.charCount(s.codePointBefore(end));
                }
            }
            return s.substring(start, end);
        }
    }

    @Builtin(name = "strip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class StripNode extends StripBase {
    }

    @Builtin(name = "lstrip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class LStripNode extends StripBase {
        @Override
        int mode() {
            return -1;
        }
    }

    @Builtin(name = "rstrip", params = {"self", "chars"}, required = 1)
    @GenerateNodeFactory
    public abstract static class RStripNode extends StripBase {
        @Override
        int mode() {
            return 1;
        }
    }

    @Builtin(name = "upper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doUpper(Object self) {
            return value(self, "upper").toUpperCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "lower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doLower(Object self) {
            return value(self, "lower").toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count"}, required = 3)
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doReplace(Object self, Object old, Object repl, Object count) {
            String s = value(self, "replace");
            String o = StrMethods.stringArg(old, "replace() argument 1");
            String r = StrMethods.stringArg(repl, "replace() argument 2");
            long max = count == PNone.NO_VALUE ? -1 : PyNumberConvert.asSize(count, BuiltinType.OVERFLOW_ERROR);
            if (max < 0) {
                return s.replace(o, r);
            }
            StringBuilder sb = new StringBuilder();
            int start = 0;
            long done = 0;
            if (o.isEmpty()) {
                int[] cps = StringOps.codePoints(s);
                for (int i = 0; i <= cps.length; i++) {
                    if (done < max) {
                        sb.append(r);
                        done++;
                    }
                    if (i < cps.length) {
                        sb.appendCodePoint(cps[i]);
                    }
                }
                return sb.toString();
            }
            while (done < max) {
                int idx = s.indexOf(o, start);
                if (idx < 0) {
                    break;
                }
                sb.append(s, start, idx).append(r);
                start = idx + o.length();
                done++;
            }
            sb.append(s.substring(start));
            return sb.toString();
        }
    }

    abstract static class AffixBase extends PythonQuaternaryBuiltinNode {
        boolean suffix() {
            return false;
        }

        @Specialization
        @TruffleBoundary
        Object doCheck(Object self, Object affix, Object start, Object end) {
            String s = value(self, suffix() ? "endswith" : "startswith");
            int len = StringOps.codePointLength(s);
            int a = start == PNone.NO_VALUE || start == PNone.NONE ? 0 : clamp(PyNumberConvert.sliceIndex(start), len);
            int b = end == PNone.NO_VALUE || end == PNone.NONE ? len : clamp(PyNumberConvert.sliceIndex(end), len);
            if (a > b && !(a == len && b == len)) {
                return false;
            }
            String sub = a > b ? "" : StringOps.substring(s, a, Math.max(a, b));
            if (affix instanceof dev.taipan.runtime.objects.PTuple t) {
                for (Object o : t.items()) {
                    String x = asString(o);
                    if (x == null) {
                        throw PythonErrors.typeError("tuple for %s must only contain str, not %s", suffix() ? "endswith" : "startswith", PyObjectGetClass.typeName(o));
                    }
                    if (suffix() ? sub.endsWith(x) : sub.startsWith(x)) {
                        return true;
                    }
                }
                return false;
            }
            String x = asString(affix);
            if (x == null) {
                throw PythonErrors.typeError("%s first arg must be str or a tuple of str, not %s", suffix() ? "endswith" : "startswith", PyObjectGetClass.typeName(affix));
            }
            return suffix() ? sub.endsWith(x) : sub.startsWith(x);
        }
    }

    static int clamp(long i, int len) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, len);
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

    @Builtin(name = "find", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doFind(Object self, Object sub, Object start, Object end) {
            return Search.find(value(self, "find"), requireString(sub), start, end, false);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRFind(Object self, Object sub, Object start, Object end) {
            return Search.find(value(self, "rfind"), requireString(sub), start, end, true);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIndex(Object self, Object sub, Object start, Object end) {
            long r = Search.find(value(self, "index"), requireString(sub), start, end, false);
            if (r < 0) {
                throw PythonErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "count", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCount(Object self, Object sub, Object start, Object end) {
            return Search.count(value(self, "count"), requireString(sub), start, end);
        }
    }

    /** Substring search with Python's start/end semantics (code-point indices). */
    static final class Search {
        private Search() {
        }

        /**
         * The part of s that start/end select: code point indices [cpFrom, cpTo) and the char
         * offsets [from, to) of the same text; null when nothing is selected.
         */
        private record Range(int cpFrom, int cpTo, int from, int to, boolean simple) {
        }

        private static Range range(String s, Object start, Object end) {
            int len = StringOps.codePointLength(s);
            long rawStart = start == PNone.NO_VALUE || start == PNone.NONE ? 0 : PyNumberConvert.sliceIndex(start);
            int a = clamp(rawStart, len);
            int b = end == PNone.NO_VALUE || end == PNone.NONE ? len : clamp(PyNumberConvert.sliceIndex(end), len);
            if (a > b || rawStart > len) {
                return null;
            }
            // searched in place: copying s[a:b] first would make a scanning loop quadratic
            boolean simple = len == s.length();
            return simple ? new Range(a, b, a, b, true) : new Range(a, b, s.offsetByCodePoints(0, a), s.offsetByCodePoints(0, b), false);
        }

        static long find(String s, String sub, Object start, Object end, boolean reverse) {
            Range r = range(s, start, end);
            if (r == null || r.to - r.from < sub.length()) {
                return -1;
            }
            int idx = reverse ? s.lastIndexOf(sub, r.to - sub.length()) : s.indexOf(sub, r.from);
            if (idx < r.from || idx + sub.length() > r.to) {
                return -1;
            }
            return r.simple ? idx : s.codePointCount(0, idx);
        }

        static long count(String s, String sub, Object start, Object end) {
            Range r = range(s, start, end);
            if (r == null) {
                return 0;
            }
            if (sub.isEmpty()) {
                return r.cpTo - r.cpFrom + 1;
            }
            long n = 0;
            int i = r.from;
            while ((i = s.indexOf(sub, i)) >= 0 && i + sub.length() <= r.to) {
                n++;
                i += sub.length();
            }
            return n;
        }
    }

    @Builtin(name = "__getnewargs__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class GetNewArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doGetNewArgs(Object self) {
            return dev.taipan.runtime.objects.PTuple.of(dev.taipan.runtime.abstractops.PyObjectStr.str(self));
        }
    }
}
