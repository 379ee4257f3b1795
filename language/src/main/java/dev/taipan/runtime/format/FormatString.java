package dev.taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectFormat;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code str.format(*args, **kwargs)} and {@code format_map}: renders the chunks that
 * {@link FormatMarkup} finds, resolving field names with {@link FormatFieldName}, with automatic
 * or manual numbering and replacement fields nested inside format specs (two levels, as CPython
 * allows).
 */
public final class FormatString {
    /** Looks up a field by position or name. */
    public interface Arguments {
        Object positional(int index);

        Object named(String name);
    }

    private enum Numbering {
        UNSET,
        AUTO,
        MANUAL
    }

    private final Arguments args;
    private Numbering numbering = Numbering.UNSET;
    private int autoIndex;

    private FormatString(Arguments args) {
        this.args = args;
    }

    @TruffleBoundary
    public static String format(String text, Arguments args) {
        return new FormatString(args).render(text, 2);
    }

    private String render(String s, int depth) {
        if (depth <= 0) {
            throw PythonErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        FormatMarkup markup = new FormatMarkup(s);
        for (FormatMarkup.Chunk c = markup.next(); c != null; c = markup.next()) {
            out.append(c.literal());
            if (c.fieldPresent()) {
                out.append(field(c, depth));
            }
        }
        return out.toString();
    }

    private String field(FormatMarkup.Chunk c, int depth) {
        Object value = resolve(c.fieldName());
        if (c.conversion() != 0) {
            value = convert(value, c.conversion());
        }
        String spec = c.specNeedsExpanding() ? render(c.spec(), depth - 1) : c.spec();
        return PyObjectFormat.format(value, spec);
    }

    /** The {@code !r}, {@code !s} and {@code !a} conversions. */
    static Object convert(Object value, int conversion) {
        return switch (conversion) {
            case 'r' -> PyObjectStr.repr(value);
            case 's' -> PyObjectStr.str(value);
            case 'a' -> PyObjectStr.ascii(value);
            default -> throw PythonErrors.valueError("Unknown conversion specifier %s",
                            conversion > 32 && conversion < 127 ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion));
        };
    }

    private Object resolve(String fieldName) {
        FormatFieldName name = new FormatFieldName(fieldName);
        long index = name.firstIndex();
        boolean empty = name.first().isEmpty();
        if (empty || index >= 0) {
            if (numbering == Numbering.UNSET) {
                numbering = empty ? Numbering.AUTO : Numbering.MANUAL;
            }
            if (numbering == Numbering.MANUAL && empty) {
                throw PythonErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering == Numbering.AUTO && !empty) {
                throw PythonErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = autoIndex++;
            }
        }
        Object value;
        if (index < 0) {
            value = args.named(name.first());
        } else {
            value = args.positional((int) Math.min(index, Integer.MAX_VALUE));
        }
        for (FormatFieldName.Part p = name.next(); p != null; p = name.next()) {
            if (p.isAttribute()) {
                value = GenericAttributes.getAttribute(value, p.name());
            } else {
                value = PyObjectItems.getItem(value, p.index() >= 0 ? (Object) p.index() : p.name());
            }
        }
        return value;
    }

    /** The usual arguments: a positional tuple and a keyword mapping. */
    public static Arguments of(Object[] positional, Object keywords) {
        return new Arguments() {
            @Override
            public Object positional(int index) {
                if (index >= positional.length) {
                    throw PythonErrors.raise(BuiltinType.INDEX_ERROR, "Replacement index %d out of range for positional args tuple", index);
                }
                return positional[index];
            }

            @Override
            public Object named(String name) {
                if (keywords == null) {
                    throw PythonErrors.keyError(name);
                }
                return PyObjectItems.getItem(keywords, name);
            }
        };
    }
}
