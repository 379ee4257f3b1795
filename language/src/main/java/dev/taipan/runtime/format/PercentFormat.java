package dev.taipan.runtime.format;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.abstractops.PyNumberConvert;
import dev.taipan.runtime.abstractops.PyObjectGetClass;
import dev.taipan.runtime.abstractops.PyObjectItems;
import dev.taipan.runtime.abstractops.PyObjectStr;
import dev.taipan.runtime.bytes.BytesLike;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.function.CallDispatch;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.objects.PByteArray;
import dev.taipan.runtime.objects.PBytes;
import dev.taipan.runtime.objects.PTuple;
import dev.taipan.runtime.strings.StringOps;
import dev.taipan.runtime.types.BuiltinType;
import dev.taipan.runtime.types.PythonClass;

/**
 * printf-style formatting, {@code str % args} and {@code bytes % args}:
 * {@code %[(key)][flags][width][.precision]type} with CPython's conversions and error messages.
 * Bytes are formatted as their Latin-1 characters, with the bytes conversions (%s and %b take
 * bytes-like objects or {@code __bytes__}, %r is %a, %c takes a byte).
 */
public final class PercentFormat {
    private final String format;
    private final Object[] args;
    /** The argument when it is a mapping (for %(key)s), else null. */
    private final Object mapping;
    /** Formatting bytes (the format and the result are Latin-1 strings). */
    private final boolean bytes;
    private int argIndex;
    private int pos;

    private PercentFormat(String format, Object[] args, Object mapping, boolean bytes) {
        this.format = format;
        this.args = args;
        this.mapping = mapping;
        this.bytes = bytes;
    }

    @TruffleBoundary
    public static String format(String format, Object values) {
        return format(format, values, false);
    }

    /** {@code bytes % values}. */
    @TruffleBoundary
    public static byte[] formatBytes(byte[] format, Object values) {
        String result = format(new String(format, StandardCharsets.ISO_8859_1), values, true);
        return result.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String format(String format, Object values, boolean bytes) {
        Object[] args;
        Object mapping = null;
        if (values instanceof PTuple t) {
            args = t.items();
        } else {
            args = new Object[]{values};
            if (!(values instanceof String) && isMapping(values)) {
                mapping = values;
            }
        }
        PercentFormat f = new PercentFormat(format, args, mapping, bytes);
        String result = f.run();
        if (f.argIndex < args.length && mapping == null) {
            throw PythonErrors.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        }
        return result;
    }

    private static boolean isMapping(Object o) {
        PythonClass cls = PyObjectGetClass.get(o);
        return cls.lookup("__getitem__") != null && !cls.isSubtypeOfBuiltin(BuiltinType.TUPLE) && !cls.isSubtypeOfBuiltin(BuiltinType.STR) &&
                        !cls.isSubtypeOfBuiltin(BuiltinType.LIST) && !cls.isSubtypeOfBuiltin(BuiltinType.BYTES);
    }

    private String run() {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        while (pos < n) {
            char c = format.charAt(pos++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            conversion(out);
        }
        return out.toString();
    }

    private char peek() {
        if (pos >= format.length()) {
            throw PythonErrors.valueError("incomplete format");
        }
        return format.charAt(pos);
    }

    private Object nextArg() {
        if (argIndex >= args.length) {
            throw PythonErrors.typeError("not enough arguments for format string");
        }
        return args[argIndex++];
    }

    /** One conversion; {@code pos} is just after the '%'. */
    private void conversion(StringBuilder out) {
        int start = pos - 1;
        Object keyed = null;
        if (peek() == '(') {
            if (mapping == null) {
                throw PythonErrors.typeError("format requires a mapping");
            }
            int depth = 1;
            int keyStart = ++pos;
            while (depth > 0) {
                if (pos >= format.length()) {
                    throw PythonErrors.valueError("incomplete format key");
                }
                char k = format.charAt(pos++);
                if (k == '(') {
                    depth++;
                } else if (k == ')') {
                    depth--;
                }
            }
            String key = format.substring(keyStart, pos - 1);
            keyed = PyObjectItems.getItem(mapping, bytes ? new PBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : key);
        }
        boolean left = false;
        boolean zero = false;
        boolean alternate = false;
        char sign = 0;
        flags: while (true) {
            switch (peek()) {
                case '-' -> left = true;
                case '0' -> zero = true;
                case '#' -> alternate = true;
                case '+' -> sign = '+';
                case ' ' -> sign = sign == '+' ? '+' : ' ';
                default -> {
                    break flags;
                }
            }
            pos++;
        }
        int width = -1;
        if (peek() == '*') {
            pos++;
            width = starValue();
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else {
            width = digits(-1);
        }
        int precision = -1;
        if (peek() == '.') {
            pos++;
            if (peek() == '*') {
                pos++;
                precision = Math.max(0, starValue());
            } else {
                precision = digits(0);
            }
        }
        while (peek() == 'h' || peek() == 'l' || peek() == 'L') {
            pos++;
        }
        char type = format.charAt(pos++);
        if (type == '%') {
            out.append('%');
            return;
        }
        Object value = keyed != null ? keyed : nextArg();
        String body;
        String head = "";
        boolean numeric = true;
        switch (type) {
            case 'b':
            case 's', 'r', 'a': {
                if (type == 'b' && !bytes) {
                    throw PythonErrors.valueError("unsupported format character '%c' (0x%x) at index %d", type, (int) type, pos - 1);
                }
                String s;
                if (bytes) {
                    s = type == 's' || type == 'b' ? bytesOf(value) : PyObjectStr.ascii(value);
                } else {
                    s = type == 's' ? PyObjectStr.str(value) : type == 'r' ? PyObjectStr.repr(value) : PyObjectStr.ascii(value);
                }
                if (precision >= 0 && precision < StringOps.codePointLength(s)) {
                    s = s.substring(0, s.offsetByCodePoints(0, precision));
                }
                body = s;
                numeric = false;
                break;
            }
            case 'c':
                body = bytes ? byteOf(value) : charOf(value);
                numeric = false;
                break;
            case 'd', 'i', 'u', 'o', 'x', 'X': {
                int radix = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
                String digits;
                boolean negative;
                if (value instanceof Long l && l != Long.MIN_VALUE) {
                    // the common case, '%d' % i: no BigInteger
                    negative = l < 0;
                    digits = Long.toString(Math.abs(l), radix);
                } else {
                    BigInteger v = integer(value, type);
                    negative = v.signum() < 0;
                    digits = radix == 10 ? IntMath.decimalDigits(v.abs(), "") : v.abs().toString(radix);
                }
                head = negative ? "-" : sign == 0 ? "" : String.valueOf(sign);
                if (type == 'X') {
                    digits = digits.toUpperCase();
                }
                if (precision > digits.length()) {
                    digits = "0".repeat(precision - digits.length()) + digits;
                }
                if (alternate && radix != 10) {
                    head += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                }
                body = digits;
                break;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                double d = real(value);
                boolean negative = d < 0 || (d == 0 && 1 / d < 0);
                head = negative ? "-" : sign == 0 ? "" : String.valueOf(sign);
                double a = Math.abs(d);
                body = Double.isFinite(a) ? FloatFormatter.digits(a, type, precision < 0 ? 6 : precision, alternate, false)
                                : (Double.isNaN(a) ? "nan" : "inf");
                if (Character.isUpperCase(type)) {
                    body = body.toUpperCase();
                }
                break;
            }
            default:
                throw PythonErrors.valueError("unsupported format character '%c' (0x%x) at index %d", type, (int) type, pos - 1);
        }
        int len = head.length() + StringOps.codePointLength(body);
        if (width <= len) {
            out.append(head).append(body);
        } else if (left) {
            out.append(head).append(body).append(" ".repeat(width - len));
        } else if (zero && numeric) {
            out.append(head).append("0".repeat(width - len)).append(body);
        } else {
            out.append(" ".repeat(width - len)).append(head).append(body);
        }
        assert start >= 0;
    }

    private int digits(int none) {
        int start = pos;
        long v = 0;
        while (pos < format.length() && Character.isDigit(format.charAt(pos))) {
            v = v * 10 + (format.charAt(pos++) - '0');
            if (v > Integer.MAX_VALUE) {
                throw PythonErrors.valueError("width too big");
            }
        }
        return pos == start ? none : (int) v;
    }

    private int starValue() {
        Object v = nextArg();
        if (!isInt(v)) {
            throw PythonErrors.typeError("* wants int");
        }
        return PyNumberConvert.asInt(v);
    }

    private static String charOf(Object value) {
        if (value instanceof String s) {
            if (StringOps.codePointLength(s) != 1) {
                throw PythonErrors.typeError("%c requires int or char");
            }
            return s;
        }
        if (!isInt(value)) {
            throw PythonErrors.typeError("%c requires int or char");
        }
        BigInteger v = IntMath.big(PyNumberConvert.index(value));
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw PythonErrors.raise(BuiltinType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(v.intValue()));
    }

    /** %s and %b of bytes formatting: a bytes-like object or __bytes__, as Latin-1. */
    private static String bytesOf(Object value) {
        byte[] b = BytesLike.bytesOrNull(value);
        if (b == null) {
            Object m = PyObjectGetClass.get(value).lookup("__bytes__");
            if (m == null || value instanceof String) {
                throw PythonErrors.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", PyObjectGetClass.typeName(value));
            }
            Object r = CallDispatch.callMethod(m, value);
            if (!(r instanceof PBytes rb)) {
                throw PythonErrors.typeError("__bytes__ returned non-bytes (type %s)", PyObjectGetClass.typeName(r));
            }
            b = rb.bytes();
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** %c of bytes formatting: an int in range(256) or a bytes/bytearray of length 1. */
    private static String byteOf(Object value) {
        if ((value instanceof PBytes || value instanceof PByteArray) && BytesLike.length(value) == 1) {
            return new String(BytesLike.bytesOrNull(value), StandardCharsets.ISO_8859_1);
        }
        if (!isInt(value)) {
            throw PythonErrors.typeError("%c requires an integer in range(256) or a single byte");
        }
        BigInteger v = IntMath.big(PyNumberConvert.index(value));
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
            throw PythonErrors.raise(BuiltinType.OVERFLOW_ERROR, "%c arg not in range(256)");
        }
        return String.valueOf((char) v.intValue());
    }

    private static boolean isInt(Object o) {
        return IntMath.isInt(o) || PyNumberConvert.intSubclassValue(o) != null;
    }

    /** %d accepts any real number (as int() converts it); %x and %o only integers. */
    private static BigInteger integer(Object value, char type) {
        if (isInt(value)) {
            return IntMath.big(PyNumberConvert.index(value));
        }
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        PythonClass cls = PyObjectGetClass.get(value);
        boolean number = value instanceof Double || cls.lookup("__int__") != null || cls.lookup("__float__") != null || cls.lookup("__index__") != null;
        if (decimal && number) {
            Object intType = dev.taipan.TaipanContext.get(null).getBuiltinClass(BuiltinType.INT);
            return IntMath.big(PyNumberConvert.index(CallDispatch.call(intType, value)));
        }
        if (!decimal && cls.lookup("__index__") != null) {
            return IntMath.big(PyNumberConvert.index(value));
        }
        throw PythonErrors.typeError(decimal ? "%%%c format: a real number is required, not %s" : "%%%c format: an integer is required, not %s", type, cls.getName());
    }

    private static double real(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        PythonClass cls = PyObjectGetClass.get(value);
        if (isInt(value) || cls.lookup("__float__") != null || cls.lookup("__index__") != null) {
            return PyNumberConvert.asDouble(value);
        }
        throw PythonErrors.typeError("must be real number, not %s", cls.getName());
    }
}
