package dev.taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.GenericAttributes;
import dev.taipan.runtime.abstractops.PyObjectFormat;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.types.BuiltinType;

/**
 * {@code str.format(*args, **kwargs)} and {@code format_map}: literal text with replacement
 * fields {@code {name.attr[index]!conv:spec}}, automatic or manual numbering, and replacement
 * fields nested inside format specs (two levels, as CPython allows).
 */
public final class FormatString {
    /** Looks up a field by position or name. */
    public interface Arguments {
        Object positional(int index);

        Object named(String name);
    }

    private final String text;
    private final Arguments args;
    /** Next automatic field number; -1 once manual numbering was used. */
    private int autoIndex;
    private boolean manual;

    private FormatString(String text, Arguments args) {
        this.text = text;
        this.args = args;
    }

    @TruffleBoundary
    public static String format(String text, Arguments args) {
        return new FormatString(text, args).render(text, 2);
    }

    private String render(String s, int depth) {
        if (depth < 0) {
            throw PythonErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PythonErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // find the matching '}' (braces nest inside the format spec)
            int nesting = 1;
            int j = i + 1;
            while (j < n && nesting > 0) {
                char d = s.charAt(j);
                if (d == '{') {
                    nesting++;
                } else if (d == '}') {
                    nesting--;
                }
                if (nesting > 0) {
                    j++;
                }
            }
            if (j >= n) {
                throw PythonErrors.valueError(i + 1 >= n ? "Single '{' encountered in format string"
                                : s.indexOf('!', i) >= 0 ? "unmatched '{' in format spec" : "expected '}' before end of string");
            }
            out.append(field(s.substring(i + 1, j), depth));
            i = j + 1;
        }
        return out.toString();
    }

    /** One replacement field (the text between the braces). */
    private String field(String f, int depth) {
        // the field name ends at '!' or ':' outside brackets
        int end = 0;
        boolean inBracket = false;
        while (end < f.length()) {
            char c = f.charAt(end);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            end++;
        }
        String name = f.substring(0, end);
        char conversion = 0;
        String spec = "";
        if (end < f.length() && f.charAt(end) == '!') {
            if (end + 1 >= f.length()) {
                throw PythonErrors.valueError("unmatched '{' in format spec");
            }
            conversion = f.charAt(end + 1);
            if (end + 2 < f.length() && f.charAt(end + 2) != ':') {
                throw PythonErrors.valueError("expected ':' after conversion specifier");
            }
            end += 2;
        }
        if (end < f.length() && f.charAt(end) == ':') {
            spec = f.substring(end + 1);
        }
        Object value = resolve(name);
        value = switch (conversion) {
            case 0 -> value;
            case 'r' -> PyObjectStr.repr(value);
            case 's' -> PyObjectStr.str(value);
            case 'a' -> PyObjectStr.ascii(value);
            default -> throw PythonErrors.valueError("Unknown conversion specifier %s", conversion < 128 && conversion > 32 ? String.valueOf(conversion) : String.format("\\x%02x", (int) conversion));
        };
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return PyObjectFormat.format(value, spec);
    }

    /** arg_name ("." attribute | "[" index "]")*. */
    private Object resolve(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (manual) {
                throw PythonErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = args.positional(autoIndex++);
        } else if (isDigits(first)) {
            if (autoIndex > 0) {
                throw PythonErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            manual = true;
            value = args.positional(parseIndex(first));
        } else {
            value = args.named(first);
        }
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                String attr = name.substring(i + 1, j);
                if (attr.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                value = GenericAttributes.getAttribute(value, attr);
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw PythonErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw PythonErrors.valueError("Empty attribute in format string");
                }
                value = PyObjectItems.getItem(value, isDigits(key) ? (Object) (long) parseIndex(key) : key);
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw PythonErrors.valueError("Too many decimal digits in format string");
        }
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
