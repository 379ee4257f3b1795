package dev.taipan.builtins.types;

import static dev.taipan.builtins.types.StrBuiltins.asString;
import static dev.taipan.builtins.types.StrBuiltins.isPySpace;
import static dev.taipan.builtins.types.StrBuiltins.value;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonQuaternaryBuiltinNode;
import dev.taipan.builtins.PythonTernaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;

/**
 * The text methods of {@code str}: case mapping, padding, splitting into lines and parts,
 * character-class predicates, translation and encoding. (Protocol methods, search, split,
 * strip and join are in {@link StrBuiltins}; formatting in {@link StrFormatting}.)
 */
public final class StrMethods {
    private StrMethods() {
    }

    static String stringArg(Object o, String what) {
        String s = asString(o);
        if (s == null) {
            throw PythonErrors.typeError("%s must be str, not %s", what, PyObjectGetClass.typeName(o));
        }
        return s;
    }

    // ---------------------------------------------------------------- case mapping

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    static String lower(int cp) {
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /** Lower case of the code point at {@code i} of {@code s}: a capital sigma ending a word becomes 'ς'. */
    static String lowerAt(String s, int i, int cp) {
        if (cp == 0x3A3 && endsWord(s, i)) {
            return "\u03C2";
        }
        return lower(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT || t == Character.MODIFIER_LETTER ||
                        t == Character.MODIFIER_SYMBOL || cp == '\'' || cp == '.' || cp == ':' || cp == 0xB7 || cp == 0x2019;
    }

    /** Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables) and none after. */
    private static boolean endsWord(String s, int i) {
        int j = i;
        boolean casedBefore = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    static String upper(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    /** Title case of one code point (full mapping: 'ǆ' -> 'ǅ', 'ß' -> 'Ss'). */
    static String title(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(t));
        }
        String u = upper(cp);
        if (u.codePointCount(0, u.length()) > 1) {
            // a multi-character uppercase mapping titles as first upper + rest lower ("ß" -> "Ss")
            int first = u.codePointAt(0);
            return new String(Character.toChars(first)) + u.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        return u;
    }

    @Builtin(name = "swapcase", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapCaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSwapCase(Object self) {
            String s = value(self, "swapcase");
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                sb.append(Character.isUpperCase(cp) ? lowerAt(s, i, cp) : Character.isLowerCase(cp) ? upper(cp) : new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "title", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTitle(Object self) {
            String s = value(self, "title");
            StringBuilder sb = new StringBuilder(s.length());
            boolean previousCased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                sb.append(previousCased ? lowerAt(s, i, cp) : title(cp));
                i += Character.charCount(cp);
                previousCased = isCased(cp);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "capitalize", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCapitalize(Object self) {
            String s = value(self, "capitalize");
            if (s.isEmpty()) {
                return s;
            }
            int first = s.codePointAt(0);
            return title(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "casefold", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CaseFoldNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCaseFold(Object self) {
            // upper then lower gives the full folding for the cases that matter ("ß" -> "ss", "ς" -> "σ")
            String s = value(self, "casefold");
            StringBuilder sb = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> sb.append(Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)
                            ? upper(cp).toLowerCase(Locale.ROOT) : new String(Character.toChars(cp))));
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- padding

    static int fillChar(Object fill, String method) {
        if (fill == PNone.NO_VALUE) {
            return ' ';
        }
        String f = asString(fill);
        if (f == null) {
            throw PythonErrors.typeError("The fill character must be a unicode character, not %s", PyObjectGetClass.typeName(fill));
        }
        if (f.codePointCount(0, f.length()) != 1) {
            throw PythonErrors.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    static String pad(String s, int left, int right, int fill) {
        StringBuilder sb = new StringBuilder(s.length() + left + right);
        for (int i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (int i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    static int width(Object w) {
        return (int) Math.min(Integer.MAX_VALUE, PyNumberConvert.asSize(w, BuiltinType.OVERFLOW_ERROR));
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doCenter(Object self, Object width, Object fill) {
            String s = value(self, "center");
            int w = width(width);
            int f = fillChar(fill, "center");
            int marg = w - StringOps.codePointLength(s);
            if (marg <= 0) {
                return s;
            }
            // CPython's rounding: the odd extra space goes left only when width is odd too
            int left = marg / 2 + (marg & w & 1);
            return pad(s, left, marg - left, f);
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doLJust(Object self, Object width, Object fill) {
            String s = value(self, "ljust");
            int marg = width(width) - StringOps.codePointLength(s);
            return marg <= 0 ? s : pad(s, 0, marg, fillChar(fill, "ljust"));
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRJust(Object self, Object width, Object fill) {
            String s = value(self, "rjust");
            int marg = width(width) - StringOps.codePointLength(s);
            return marg <= 0 ? s : pad(s, marg, 0, fillChar(fill, "rjust"));
        }
    }

    @Builtin(name = "zfill", params = {"self", "width"})
    @GenerateNodeFactory
    public abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doZFill(Object self, Object width) {
            String s = value(self, "zfill");
            int marg = width(width) - StringOps.codePointLength(s);
            if (marg <= 0) {
                return s;
            }
            String zeros = "0".repeat(marg);
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doExpandTabs(Object self, Object tabsize) {
            String s = value(self, "expandtabs");
            int tab = tabsize == PNone.NO_VALUE ? 8 : width(tabsize);
            StringBuilder sb = new StringBuilder(s.length());
            int column = 0;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\t') {
                    if (tab > 0) {
                        int spaces = tab - column % tab;
                        sb.append(" ".repeat(spaces));
                        column += spaces;
                    }
                } else {
                    sb.appendCodePoint(cp);
                    column = cp == '\n' || cp == '\r' ? 0 : column + 1;
                }
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- splitting

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    @Builtin(name = "splitlines", params = {"self", "keepends"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doSplitLines(Object self, Object keepends) {
            String s = value(self, "splitlines");
            boolean keep = keepends != PNone.NO_VALUE && dev.taipan.runtime.abstractops.PyObjectIsTrue.execute(keepends);
            PList out = new PList();
            int start = 0;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (!isLineBreak(c)) {
                    i++;
                    continue;
                }
                int eol = i + (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1);
                out.append(s.substring(start, keep ? eol : i));
                start = eol;
                i = eol;
            }
            if (start < s.length()) {
                out.append(s.substring(start));
            }
            return out;
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep", "maxsplit"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRSplit(Object self, Object sep, Object maxsplit) {
            String s = value(self, "rsplit");
            int max = maxsplit == PNone.NO_VALUE ? -1 : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, PyNumberConvert.asSize(maxsplit, BuiltinType.OVERFLOW_ERROR)));
            java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
            if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
                int i = s.length();
                while (true) {
                    while (i > 0 && isPySpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (max >= 0 && parts.size() == max) {
                        // the rest, leading whitespace included, is the first part
                        parts.add(s.substring(0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isPySpace(s.charAt(j - 1))) {
                        j--;
                    }
                    parts.add(s.substring(j, i));
                    i = j;
                }
            } else {
                String sp = StrBuiltins.requireSeparator(sep);
                if (sp.isEmpty()) {
                    throw PythonErrors.valueError("empty separator");
                }
                int end = s.length();
                while (max < 0 || parts.size() < max) {
                    int idx = s.lastIndexOf(sp, end - sp.length());
                    if (idx < 0) {
                        break;
                    }
                    parts.add(s.substring(idx + sp.length(), end));
                    end = idx;
                }
                parts.add(s.substring(0, end));
            }
            java.util.Collections.reverse(parts);
            return new PList(parts.toArray());
        }
    }

    @Builtin(name = "partition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doPartition(Object self, Object sep) {
            String s = value(self, "partition");
            String sp = StrBuiltins.requireString(sep);
            if (sp.isEmpty()) {
                throw PythonErrors.valueError("empty separator");
            }
            int i = s.indexOf(sp);
            return i < 0 ? PTuple.of(s, "", "") : PTuple.of(s.substring(0, i), sp, s.substring(i + sp.length()));
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRPartition(Object self, Object sep) {
            String s = value(self, "rpartition");
            String sp = StrBuiltins.requireString(sep);
            if (sp.isEmpty()) {
                throw PythonErrors.valueError("empty separator");
            }
            int i = s.lastIndexOf(sp);
            return i < 0 ? PTuple.of("", "", s) : PTuple.of(s.substring(0, i), sp, s.substring(i + sp.length()));
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix"})
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemovePrefix(Object self, Object prefix) {
            String s = value(self, "removeprefix");
            String p = stringArg(prefix, "removeprefix() argument");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix"})
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRemoveSuffix(Object self, Object suffix) {
            String s = value(self, "removesuffix");
            String p = stringArg(suffix, "removesuffix() argument");
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start", "end"}, required = 2)
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doRIndex(Object self, Object sub, Object start, Object end) {
            long r = StrBuiltins.Search.find(value(self, "rindex"), StrBuiltins.requireString(sub), start, end, true);
            if (r < 0) {
                throw PythonErrors.valueError("substring not found");
            }
            return r;
        }
    }

    // ---------------------------------------------------------------- predicates

    /** A predicate over code points; the string must be non-empty and every code point pass. */
    abstract static class AllCodePoints extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doTest(Object self) {
            String s = value(self, "predicate");
            if (s.isEmpty()) {
                return false;
            }
            return s.codePoints().allMatch(this::test);
        }

        boolean test(int cp) {
            throw new AssertionError();
        }
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        return isDecimal(cp) || (Character.getType(cp) == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9);
    }

    static boolean isNumeric(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER || (t == Character.OTHER_LETTER && Character.getNumericValue(cp) >= 0);
    }

    @Builtin(name = "isdecimal", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDecimalNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return isDecimal(cp);
        }
    }

    @Builtin(name = "isdigit", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return isDigit(cp);
        }
    }

    @Builtin(name = "isnumeric", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsNumericNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return isNumeric(cp);
        }
    }

    @Builtin(name = "isalpha", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return Character.isLetter(cp);
        }
    }

    @Builtin(name = "isalnum", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return Character.isLetter(cp) || isNumeric(cp);
        }
    }

    @Builtin(name = "isspace", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends AllCodePoints {
        @Override
        boolean test(int cp) {
            return cp <= 0xffff && isPySpace((char) cp);
        }
    }

    @Builtin(name = "isprintable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsPrintableNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsPrintable(Object self) {
            return value(self, "isprintable").codePoints().allMatch(StringOps::isPrintable);
        }
    }

    @Builtin(name = "isascii", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsAscii(Object self) {
            return value(self, "isascii").chars().allMatch(c -> c < 128);
        }
    }

    @Builtin(name = "islower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsLower(Object self) {
            String s = value(self, "islower");
            boolean cased = false;
            for (int cp : s.codePoints().toArray()) {
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    return false;
                }
                cased |= Character.isLowerCase(cp);
            }
            return cased;
        }
    }

    @Builtin(name = "isupper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsUpper(Object self) {
            String s = value(self, "isupper");
            boolean cased = false;
            for (int cp : s.codePoints().toArray()) {
                if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                    return false;
                }
                cased |= Character.isUpperCase(cp);
            }
            return cased;
        }
    }

    @Builtin(name = "istitle", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsTitle(Object self) {
            String s = value(self, "istitle");
            boolean cased = false;
            boolean previousCased = false;
            for (int cp : s.codePoints().toArray()) {
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else if (Character.isLowerCase(cp)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return cased;
        }
    }

    @Builtin(name = "isidentifier", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIdentifierNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIsIdentifier(Object self) {
            String s = value(self, "isidentifier");
            if (s.isEmpty()) {
                return false;
            }
            int first = s.codePointAt(0);
            if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
                return false;
            }
            return s.codePoints().skip(1).allMatch(cp -> cp == '_' || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)));
        }
    }

    // ---------------------------------------------------------------- translation and encoding

    @Builtin(name = "maketrans", params = {"x", "y", "z"}, required = 1, isStaticmethod = true)
    @GenerateNodeFactory
    public abstract static class MakeTransNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doMakeTrans(Object x, Object y, Object z) {
            PDict table = new PDict();
            if (y == PNone.NO_VALUE) {
                if (!(x instanceof PDict d)) {
                    throw PythonErrors.typeError("if you give only one argument to maketrans it must be a dict");
                }
                for (int p = d.storage().next(-1); p >= 0; p = d.storage().next(p)) {
                    Object k = d.storage().keyAt(p);
                    String ks = asString(k);
                    if (ks != null) {
                        if (ks.codePointCount(0, ks.length()) != 1) {
                            throw PythonErrors.valueError("string keys in translate table must be of length 1");
                        }
                        table.setItem((long) ks.codePointAt(0), d.storage().valueAt(p));
                    } else if (IntMath.isInt(k)) {
                        table.setItem(k, d.storage().valueAt(p));
                    } else {
                        throw PythonErrors.typeError("keys in translate table must be strings or integers");
                    }
                }
                return table;
            }
            String xs = stringArg(x, "maketrans() argument 1");
            String ys = stringArg(y, "maketrans() argument 2");
            int[] a = xs.codePoints().toArray();
            int[] b = ys.codePoints().toArray();
            if (a.length != b.length) {
                throw PythonErrors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < a.length; i++) {
                table.setItem((long) a[i], (long) b[i]);
            }
            if (z != PNone.NO_VALUE) {
                stringArg(z, "maketrans() argument 3").codePoints().forEach(cp -> table.setItem((long) cp, PNone.NONE));
            }
            return table;
        }
    }

    @Builtin(name = "translate", params = {"self", "table"})
    @GenerateNodeFactory
    public abstract static class TranslateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doTranslate(Object self, Object table) {
            String s = value(self, "translate");
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                Object mapped;
                try {
                    mapped = PyObjectItems.getItem(table, (long) cp);
                } catch (PException e) {
                    if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.LOOKUP_ERROR)) {
                        sb.appendCodePoint(cp);
                        continue;
                    }
                    throw e;
                }
                if (mapped == PNone.NONE) {
                    continue;
                }
                if (IntMath.isInt(mapped)) {
                    long v = IntMath.asLong(mapped);
                    if (v < 0 || v > 0x10ffff) {
                        throw PythonErrors.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint((int) v);
                } else if (asString(mapped) != null) {
                    sb.append(asString(mapped));
                } else {
                    throw PythonErrors.typeError("character mapping must return integer, None or str");
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "encode", params = {"self", "encoding", "errors"}, required = 1, posOnly = 1)
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doEncode(Object self, Object encoding, Object errors) {
            String s = value(self, "encode");
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : stringArg(encoding, "encode() argument 'encoding'");
            String err = errors == PNone.NO_VALUE ? "strict" : stringArg(errors, "encode() argument 'errors'");
            return new PBytes(Codecs.encode(s, enc, err));
        }
    }
}
