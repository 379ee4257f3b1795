package dev.taipan.runtime.csv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIsTrue;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * A {@code _csv.Dialect}: the validated, immutable parsing and writing options. Characters are
 * code points; {@link #NOT_SET} stands for "no such character" (None in Python).
 */
public final class PCsvDialect extends PythonObject {
    public static final int NOT_SET = -1;
    public static final int QUOTE_MINIMAL = 0;
    public static final int QUOTE_ALL = 1;
    public static final int QUOTE_NONNUMERIC = 2;
    public static final int QUOTE_NONE = 3;
    public static final int QUOTE_STRINGS = 4;
    public static final int QUOTE_NOTNULL = 5;

    /** The keyword names of the constructor, in its positional order after "dialect". */
    public static final String[] OPTIONS = {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"};

    public final int delimiter;
    public final boolean doublequote;
    public final int escapechar;
    public final String lineterminator;
    public final int quotechar;
    public final int quoting;
    public final boolean skipinitialspace;
    public final boolean strict;

    private PCsvDialect(PythonClass cls, int delimiter, boolean doublequote, int escapechar, String lineterminator, int quotechar, int quoting,
                    boolean skipinitialspace, boolean strict) {
        super(cls);
        this.delimiter = delimiter;
        this.doublequote = doublequote;
        this.escapechar = escapechar;
        this.lineterminator = lineterminator;
        this.quotechar = quotechar;
        this.quoting = quoting;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CSV_DIALECT;
    }

    /**
     * {@code Dialect(dialect, **options)}: {@code options} holds the eight settings in
     * {@link #OPTIONS} order, null where not given. A registered name is looked up; a dialect
     * instance with no overrides is returned as it is; otherwise missing settings are read from
     * the dialect's attributes and everything is checked as CPython's dialect_new does.
     */
    @TruffleBoundary
    public static PCsvDialect create(PythonClass cls, Object dialect, Object[] options, CsvState state) {
        Object base = dialect;
        if (base != null && StrBuiltins.asString(base) != null) {
            base = state.lookup(base);
        }
        boolean overridden = false;
        for (Object o : options) {
            overridden |= o != null;
        }
        if (base instanceof PCsvDialect d && !overridden) {
            return d;
        }
        Object[] src = options.clone();
        if (base != null) {
            for (int i = 0; i < src.length; i++) {
                if (src[i] == null) {
                    src[i] = GenericAttributes.lookupAttribute(base, OPTIONS[i]);
                }
            }
        }
        int delimiter = charOption("delimiter", src[0], ',', false);
        boolean doublequote = src[1] == null || PyObjectIsTrue.execute(src[1]);
        int escapechar = charOption("escapechar", src[2], NOT_SET, true);
        String lineterminator = stringOption(src[3]);
        int quotechar = charOption("quotechar", src[4], '"', true);
        int quoting = intOption("quoting", src[5], QUOTE_MINIMAL);
        boolean skipinitialspace = src[6] != null && PyObjectIsTrue.execute(src[6]);
        boolean strict = src[7] != null && PyObjectIsTrue.execute(src[7]);
        if (quoting < QUOTE_MINIMAL || quoting > QUOTE_NOTNULL) {
            throw PythonErrors.typeError("bad \"quoting\" value");
        }
        if (src[4] == PNone.NONE && src[5] == null) {
            // quotechar=None alone means "never quote"
            quoting = QUOTE_NONE;
        }
        if (quoting != QUOTE_NONE && quotechar == NOT_SET) {
            throw PythonErrors.typeError("quotechar must be set if quoting enabled");
        }
        if (lineterminator == null) {
            throw PythonErrors.typeError("lineterminator must be set");
        }
        // characters that would make the output ambiguous to read back (3.12.2+)
        checkChar("delimiter", delimiter, lineterminator, true);
        checkChar("escapechar", escapechar, lineterminator, !skipinitialspace);
        checkChar("quotechar", quotechar, lineterminator, !skipinitialspace);
        checkDistinct("delimiter", "escapechar", delimiter, escapechar);
        checkDistinct("delimiter", "quotechar", delimiter, quotechar);
        checkDistinct("escapechar", "quotechar", escapechar, quotechar);
        return new PCsvDialect(cls, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict);
    }

    private static void checkChar(String name, int c, String lineterminator, boolean allowSpace) {
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace)) {
            throw PythonErrors.valueError("bad %s value", name);
        }
        if (c != NOT_SET && lineterminator.indexOf(c) >= 0) {
            throw PythonErrors.valueError("bad %s or lineterminator value", name);
        }
    }

    private static void checkDistinct(String name1, String name2, int c1, int c2) {
        if (c1 == c2 && c1 != NOT_SET) {
            throw PythonErrors.valueError("bad %s or %s value", name1, name2);
        }
    }

    private static int charOption(String name, Object src, int dflt, boolean noneAllowed) {
        if (src == null) {
            return dflt;
        }
        if (noneAllowed && src == PNone.NONE) {
            return NOT_SET;
        }
        String s = StrBuiltins.asString(src);
        if (s == null) {
            throw PythonErrors.typeError(noneAllowed ? "\"%s\" must be string or None, not %s" : "\"%s\" must be string, not %s", name, PyObjectGetClass.typeName(src));
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw PythonErrors.typeError("\"%s\" must be a 1-character string", name);
        }
        return s.codePointAt(0);
    }

    private static String stringOption(Object src) {
        if (src == null) {
            return "\r\n";
        }
        if (src == PNone.NONE) {
            return null;
        }
        String s = StrBuiltins.asString(src);
        if (s == null) {
            throw PythonErrors.typeError("\"lineterminator\" must be a string");
        }
        return s;
    }

    private static int intOption(String name, Object src, int dflt) {
        if (src == null) {
            return dflt;
        }
        // only an exact int (not bool, not a subclass) is accepted
        if (!(src instanceof Long) && !(src instanceof Integer) && !(src instanceof java.math.BigInteger)) {
            throw PythonErrors.typeError("\"%s\" must be an integer", name);
        }
        if (src instanceof java.math.BigInteger || (long) ((Number) src).longValue() != (int) ((Number) src).longValue()) {
            throw PythonErrors.overflowError("Python int too large to convert to C int");
        }
        return ((Number) src).intValue();
    }

    /** A dialect character as Python sees it: a 1-character str, or None. */
    public static Object charValue(int c) {
        return c == NOT_SET ? PNone.NONE : new String(Character.toChars(c));
    }
}
