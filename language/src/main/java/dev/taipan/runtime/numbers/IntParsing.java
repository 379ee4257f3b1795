package dev.taipan.runtime.numbers;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.strings.StringOps;

/** {@code int(str, base)}: CPython's literal rules (whitespace, sign, underscores, prefixes). */
public final class IntParsing {
    private IntParsing() {
    }

    @TruffleBoundary
    public static Object parse(String text, int base) {
        return parse(text, base, null);
    }

    /** {@code int(bytes, base)}: the bytes as ASCII text; errors show the bytes' repr. */
    @TruffleBoundary
    public static Object parseBytes(byte[] bytes, int base) {
        return parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), base, dev.taipan.runtime.bytes.BytesOps.repr(bytes, bytes.length));
    }

    /** int()'s base: 0 or 2..36. */
    public static void checkBase(long base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
    }

    private static Object parse(String text, int base, String bytesRepr) {
        checkBase(base);
        String s = text.strip();
        Object r = bytesRepr != null && !s.chars().allMatch(c -> c < 128) ? null : tryParse(s, base);
        if (r == null) {
            throw PythonErrors.valueError("invalid literal for int() with base %d: %s", base, bytesRepr != null ? bytesRepr : StringOps.repr(text));
        }
        return r;
    }

    private static Object tryParse(String s, int base) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            // base 0: decimal literals may not have leading zeros (except 0 itself)
            String digits = s.substring(i).replace("_", "");
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
                return null;
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            return null;
        }
        // only bases that are not powers of two have the quadratic conversion the limit guards
        int limit = dev.taipan.TaipanContext.get(null).getIntMaxStrDigits();
        if (limit > 0 && digits.length() > limit && (b & (b - 1)) != 0) {
            throw PythonErrors.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            limit, digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return IntMath.normalize(negative ? v.negate() : v);
    }
}
