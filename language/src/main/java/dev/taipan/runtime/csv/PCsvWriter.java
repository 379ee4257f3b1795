package dev.taipan.runtime.csv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.objects.PComplex;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/** A {@code _csv.writer}: joins the fields of a row into one line and passes it to {@code write}. */
public final class PCsvWriter extends PythonObject {
    private final Object write;
    public final PCsvDialect dialect;

    public PCsvWriter(Object write, PCsvDialect dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CSV_WRITER;
    }

    /** CPython's PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__. */
    private static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger || o instanceof PComplex) {
            return true;
        }
        PythonClass t = PyObjectGetClass.get(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null || t.isSubtypeOfBuiltin(BuiltinType.COMPLEX);
    }

    /** {@code writerow(row)}: returns what {@code write} returned. */
    @TruffleBoundary
    public Object writeRow(Object row) {
        PCsvDialect d = dialect;
        Object it;
        try {
            it = PyObjectIter.getIter(row);
        } catch (PException e) {
            if (PyObjectGetClass.get(e.getPythonException()).isSubtypeOfBuiltin(BuiltinType.TYPE_ERROR)) {
                throw PythonErrors.raise(BuiltinType.CSV_ERROR, "iterable expected, not %s", PyObjectGetClass.typeName(row));
            }
            throw e;
        }
        StringBuilder rec = new StringBuilder();
        int numFields = 0;
        boolean nullField = false;
        for (Object f = PyObjectIter.next(it); f != null; f = PyObjectIter.next(it)) {
            boolean quoted = switch (d.quoting) {
                case PCsvDialect.QUOTE_NONNUMERIC -> !isNumber(f);
                case PCsvDialect.QUOTE_ALL -> true;
                case PCsvDialect.QUOTE_STRINGS -> StrBuiltins.asString(f) != null;
                case PCsvDialect.QUOTE_NOTNULL -> f != PNone.NONE;
                default -> false;
            };
            nullField = f == PNone.NONE;
            String s = StrBuiltins.asString(f);
            if (s == null) {
                s = nullField ? "" : PyObjectStr.str(f);
            }
            if (s.isEmpty() && d.delimiter == ' ' && d.skipinitialspace) {
                // an empty field between space delimiters would be skipped on reading
                if (d.quoting == PCsvDialect.QUOTE_NONE || (nullField && (d.quoting == PCsvDialect.QUOTE_STRINGS || d.quoting == PCsvDialect.QUOTE_NOTNULL))) {
                    throw PythonErrors.raise(BuiltinType.CSV_ERROR, "empty field must be quoted if delimiter is a space and skipinitialspace is true");
                }
                quoted = true;
            }
            appendField(rec, numFields, s, quoted);
            numFields++;
        }
        if (numFields > 0 && rec.length() == 0) {
            // a lone empty field would read back as an empty row
            if (d.quoting == PCsvDialect.QUOTE_NONE || (nullField && (d.quoting == PCsvDialect.QUOTE_STRINGS || d.quoting == PCsvDialect.QUOTE_NOTNULL))) {
                throw PythonErrors.raise(BuiltinType.CSV_ERROR, "single empty field record must be quoted");
            }
            appendField(rec, 0, "", true);
        }
        rec.append(d.lineterminator);
        return CallDispatch.call(write, rec.toString());
    }

    private void appendField(StringBuilder rec, int numFields, String field, boolean quotedIn) {
        PCsvDialect d = dialect;
        boolean quoted = quotedIn;
        if (numFields > 0) {
            rec.appendCodePoint(d.delimiter);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < field.length();) {
            int c = field.codePointAt(i);
            i += Character.charCount(c);
            boolean wantEscape = false;
            if (c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r' || d.lineterminator.indexOf(c) >= 0) {
                if (d.quoting == PCsvDialect.QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            body.appendCodePoint(d.quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) {
                        quoted = true;
                    }
                }
                if (wantEscape) {
                    if (d.escapechar == PCsvDialect.NOT_SET) {
                        throw PythonErrors.raise(BuiltinType.CSV_ERROR, "need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (quoted) {
            rec.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
        } else {
            rec.append(body);
        }
    }
}
