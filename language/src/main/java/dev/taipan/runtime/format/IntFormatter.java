package dev.taipan.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.numbers.IntMath;
import dev.taipan.runtime.types.BuiltinType;

/** {@code int.__format__}: the integer presentation types b c d o x X n, and e f g % via float. */
public final class IntFormatter {
    private IntFormatter() {
    }

    @TruffleBoundary
    public static String format(BigInteger value, String specText, String typeName) {
        FormatSpec spec = FormatSpec.parse(specText, typeName, '>', 'd');
        char type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                double d = value.doubleValue();
                if (Double.isInfinite(d)) {
                    throw PythonErrors.raise(BuiltinType.OVERFLOW_ERROR, "int too large to convert to float");
                }
                return FloatFormatter.format(d, spec, typeName);
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                break;
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw PythonErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PythonErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw PythonErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PythonErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw PythonErrors.raise(BuiltinType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            }
            return spec.padNumber("", new String(Character.toChars(value.intValue())));
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = radix == 10 ? IntMath.decimalDigits(value.abs(), "") : value.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = !spec.alternate() || radix == 10 ? "" : "0" + (type == 'b' ? 'b' : type == 'o' ? 'o' : type);
        String head = spec.signFor(value.signum() < 0) + prefix;
        digits = DigitGrouping.apply(digits, spec, radix == 10 ? 3 : 4, head.length());
        return spec.padNumber(head, digits);
    }
}
