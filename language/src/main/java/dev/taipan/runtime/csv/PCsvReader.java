package dev.taipan.runtime.csv;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.builtins.types.StrBuiltins;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectIter;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.iterators.PBuiltinIterator;
import dev.taipan.runtime.numbers.FloatParsing;
import dev.taipan.runtime.objects.PList;
import dev.taipan.runtime.types.BuiltinType;

/**
 * A {@code _csv.reader}: pulls lines from an iterator and feeds their characters, then an
 * end-of-line marker, through CPython's record state machine until a record is complete.
 */
public final class PCsvReader extends PBuiltinIterator {
    /** The end-of-line pseudo character fed after each input line. */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final Object input;
    public final PCsvDialect dialect;
    private final CsvState module;
    private long lineNum;

    private PList fields;
    private State state;
    private final StringBuilder field = new StringBuilder();
    private int fieldLen;
    private boolean numericField;

    public PCsvReader(Object input, PCsvDialect dialect, CsvState module) {
        this.input = input;
        this.dialect = dialect;
        this.module = module;
    }

    public long lineNum() {
        return lineNum;
    }

    @Override
    public BuiltinType builtinType() {
        return BuiltinType.CSV_READER;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        fields = new PList();
        state = State.START_RECORD;
        field.setLength(0);
        fieldLen = 0;
        numericField = false;
        do {
            Object line = PyObjectIter.next(input);
            if (line == null) {
                if (fieldLen != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw PythonErrors.raise(BuiltinType.CSV_ERROR, "unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            String s = StrBuiltins.asString(line);
            if (s == null) {
                throw PythonErrors.raise(BuiltinType.CSV_ERROR, "iterator should return strings, not %s (the file should be opened in text mode)",
                                PyObjectGetClass.typeName(line));
            }
            lineNum++;
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                process(c);
                i += Character.charCount(c);
            }
            process(EOL);
        } while (state != State.START_RECORD);
        PList result = fields;
        fields = null;
        return result;
    }

    private void saveField() {
        Object value = field.toString();
        field.setLength(0);
        fieldLen = 0;
        if (numericField) {
            numericField = false;
            value = FloatParsing.parse((String) value);
        }
        fields.append(value);
    }

    private void addChar(int c) {
        if (fieldLen >= module.fieldLimit) {
            throw PythonErrors.raise(BuiltinType.CSV_ERROR, "field larger than field limit (%d)", module.fieldLimit);
        }
        field.appendCodePoint(c);
        fieldLen++;
    }

    private static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }

    private void endOfLine(int c) {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    }

    private void process(int c) {
        PCsvDialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    // an empty line is the record []
                    return;
                } else if (isNewline(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (isNewline(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                } else if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != PCsvDialect.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != PCsvDialect.QUOTE_NONE && c == d.quotechar) {
                    // "" inside quotes is one quote
                    addChar(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (isNewline(c) || c == EOL) {
                    endOfLine(c);
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw PythonErrors.raise(BuiltinType.CSV_ERROR, "'%s' expected after '%s'", new String(Character.toChars(d.delimiter)),
                                    new String(Character.toChars(d.quotechar)));
                }
                return;
            case EAT_CRNL:
                if (isNewline(c)) {
                    return;
                } else if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw PythonErrors.raise(BuiltinType.CSV_ERROR, "new-line character seen in unquoted field - do you need to open the file with newline=''?");
            default:
                throw new IllegalStateException();
        }
    }

    private void startField(int c) {
        PCsvDialect d = dialect;
        if (isNewline(c) || c == EOL) {
            endOfLine(c);
        } else if (c == d.quotechar && d.quoting != PCsvDialect.QUOTE_NONE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            // spaces after a delimiter are skipped
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == PCsvDialect.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        PCsvDialect d = dialect;
        if (isNewline(c) || c == EOL) {
            endOfLine(c);
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
        }
    }
}
