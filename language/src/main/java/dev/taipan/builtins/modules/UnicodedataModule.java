package dev.taipan.builtins.modules;

import java.text.Normalizer;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import dev.taipan.TaipanContext;
import dev.taipan.builtins.Builtin;
import dev.taipan.builtins.BuiltinRegistry;
import dev.taipan.builtins.PythonBinaryBuiltinNode;
import dev.taipan.builtins.PythonUnaryBuiltinNode;
import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonModule;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.unicode.UnicodeNames;
import dev.taipan.runtime.unicode.UnicodeTables;

/**
 * {@code unicodedata} over Unicode {@value UnicodeTables#VERSION}: categories, bidi classes,
 * mirroring and names from java.lang.Character, normalization from java.text.Normalizer (both on
 * the JDK's Unicode 16.0 data), and combining classes, East Asian widths, decomposition fields and
 * numeric values from {@link UnicodeTables}, generated from the same Unicode version. The Unicode
 * 3.2 database ({@code ucd_3_2_0}), named sequences and name aliases other than those of
 * control characters are not provided.
 */
public final class UnicodedataModule implements BuiltinRegistry.ModuleDefinition {
    @Override
    public String name() {
        return "unicodedata";
    }

    @Override
    public List<BuiltinRegistry.FactoryList> factories() {
        return List.of(UnicodedataModuleFactory::getFactories);
    }

    @Override
    public void initialize(TaipanContext ctx, PythonModule m) {
        m.setAttribute("unidata_version", UnicodeTables.VERSION);
    }

    /** The single code point of a one-character str argument. */
    static int chr(Object o, String function) {
        return chr(o, function, "argument");
    }

    /** {@code which} is "argument 1" for the functions that take a default as well. */
    static int chr(Object o, String function, String which) {
        String s = StrBuiltins.asString(o);
        if (s == null || s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
            throw PythonErrors.typeError("%s() %s must be a unicode character, not %s", function, which, PyObjectGetClass.typeName(o));
        }
        return s.codePointAt(0);
    }

    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe",
                    "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    @Builtin(name = "category", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class CategoryNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            return CATEGORIES[Character.getType(chr(c, "category"))];
        }
    }

    @Builtin(name = "bidirectional", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class BidirectionalNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            int d = Character.getDirectionality(chr(c, "bidirectional"));
            return d < 0 || d >= BIDI.length ? "" : BIDI[d];
        }
    }

    @Builtin(name = "combining", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class CombiningNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            return (long) UnicodeTables.get().combining(chr(c, "combining"));
        }
    }

    @Builtin(name = "mirrored", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class MirroredNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            return Character.isMirrored(chr(c, "mirrored")) ? 1L : 0L;
        }
    }

    @Builtin(name = "east_asian_width", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class EastAsianWidthNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            return UnicodeTables.get().eastAsianWidth(chr(c, "east_asian_width"));
        }
    }

    @Builtin(name = "decomposition", params = {"chr"})
    @GenerateNodeFactory
    public abstract static class DecompositionNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object c) {
            return UnicodeTables.get().decomposition(chr(c, "decomposition"));
        }
    }

    static Object numeric(Object c, Object dflt, String function, int kind, String error) {
        Double v = UnicodeTables.get().numeric(chr(c, function, "argument 1"), kind);
        if (v != null) {
            return kind == 2 ? (Object) v : (Object) (long) (double) v;
        }
        if (dflt == PNone.NO_VALUE) {
            throw PythonErrors.valueError(error);
        }
        return dflt;
    }

    @Builtin(name = "decimal", params = {"chr", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class DecimalNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object c, Object dflt) {
            return numeric(c, dflt, "decimal", 0, "not a decimal");
        }
    }

    @Builtin(name = "digit", params = {"chr", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class DigitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object c, Object dflt) {
            return numeric(c, dflt, "digit", 1, "not a digit");
        }
    }

    @Builtin(name = "numeric", params = {"chr", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class NumericNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object c, Object dflt) {
            return numeric(c, dflt, "numeric", 2, "not a numeric character");
        }
    }

    @Builtin(name = "name", params = {"chr", "default"}, required = 1)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object c, Object dflt) {
            String n = UnicodeNames.name(chr(c, "name", "argument 1"));
            if (n != null) {
                return n;
            }
            if (dflt == PNone.NO_VALUE) {
                throw PythonErrors.valueError("no such name");
            }
            return dflt;
        }
    }

    @Builtin(name = "lookup", params = {"name"})
    @GenerateNodeFactory
    public abstract static class LookupNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object nameObj) {
            // the name may also be given as bytes (CPython's "s#" converter)
            String name = StrBuiltins.asString(nameObj);
            if (name == null) {
                byte[] b = dev.taipan.runtime.bytes.BytesLike.require(nameObj);
                name = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (name.length() > 256) {
                throw PythonErrors.raise(BuiltinType.KEY_ERROR, "name too long");
            }
            int cp = UnicodeNames.lookup(name);
            if (cp < 0) {
                throw PythonErrors.raise(BuiltinType.KEY_ERROR, "undefined character name '%s'", name);
            }
            return Character.toString(cp);
        }
    }

    static Normalizer.Form form(Object formObj, String function) {
        String f = StrBuiltins.asString(formObj);
        if (f == null) {
            throw PythonErrors.typeError("%s() argument 1 must be str, not %s", function, PyObjectGetClass.typeName(formObj));
        }
        return switch (f) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PythonErrors.valueError("invalid normalization form");
        };
    }

    static String text(Object o, String function) {
        String s = StrBuiltins.asString(o);
        if (s == null) {
            throw PythonErrors.typeError("%s() argument 2 must be str, not %s", function, PyObjectGetClass.typeName(o));
        }
        return s;
    }

    @Builtin(name = "normalize", params = {"form", "unistr"})
    @GenerateNodeFactory
    public abstract static class NormalizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object form, Object unistr) {
            Normalizer.Form f = form(form, "normalize");
            String s = text(unistr, "normalize");
            // an already normalized str comes back as the same object, as in CPython
            return Normalizer.isNormalized(s, f) ? unistr : Normalizer.normalize(s, f);
        }
    }

    @Builtin(name = "is_normalized", params = {"form", "unistr"})
    @GenerateNodeFactory
    public abstract static class IsNormalizedNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(Object form, Object unistr) {
            Normalizer.Form f = form(form, "is_normalized");
            return Normalizer.isNormalized(text(unistr, "is_normalized"), f);
        }
    }
}
