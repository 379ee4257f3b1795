package dev.taipan.runtime.bytes;

/**
 * The ASCII character classes and case mappings of bytes and bytearray methods (CPython's
 * pyctype.h and bytes_methods.c): only ASCII letters have case, whitespace is
 * {@code \t \n \v \f \r} and space.
 */
public final class ByteCType {
    private ByteCType() {
    }

    public static boolean isSpace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    public static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    public static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    public static boolean isAlpha(int b) {
        return isLower(b) || isUpper(b);
    }

    public static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    public static boolean isAlnum(int b) {
        return isAlpha(b) || isDigit(b);
    }

    public static int toLower(int b) {
        return isUpper(b) ? b + 32 : b;
    }

    public static int toUpper(int b) {
        return isLower(b) ? b - 32 : b;
    }

    // ---------------------------------------------------------------- whole-sequence transforms

    public static byte[] lower(byte[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) toLower(a[i] & 0xff);
        }
        return out;
    }

    public static byte[] upper(byte[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) toUpper(a[i] & 0xff);
        }
        return out;
    }

    public static byte[] swapcase(byte[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            int b = a[i] & 0xff;
            out[i] = (byte) (isUpper(b) ? b + 32 : isLower(b) ? b - 32 : b);
        }
        return out;
    }

    public static byte[] capitalize(byte[] a) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            int b = a[i] & 0xff;
            out[i] = (byte) (i == 0 ? toUpper(b) : toLower(b));
        }
        return out;
    }

    public static byte[] title(byte[] a) {
        byte[] out = new byte[a.length];
        boolean previousCased = false;
        for (int i = 0; i < a.length; i++) {
            int b = a[i] & 0xff;
            if (isLower(b)) {
                out[i] = (byte) (previousCased ? b : b - 32);
                previousCased = true;
            } else if (isUpper(b)) {
                out[i] = (byte) (previousCased ? b + 32 : b);
                previousCased = true;
            } else {
                out[i] = (byte) b;
                previousCased = false;
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- predicates

    /** The character classes of the is*() methods. */
    public enum Predicate {
        ALNUM,
        ALPHA,
        DIGIT,
        SPACE;

        boolean test(int b) {
            return switch (this) {
                case ALNUM -> isAlnum(b);
                case ALPHA -> isAlpha(b);
                case DIGIT -> isDigit(b);
                case SPACE -> isSpace(b);
            };
        }
    }

    /** Non-empty and every byte in the class. */
    public static boolean all(byte[] a, Predicate p) {
        if (a.length == 0) {
            return false;
        }
        for (byte b : a) {
            if (!p.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isAscii(byte[] a) {
        for (byte b : a) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean isLower(byte[] a) {
        boolean cased = false;
        for (byte b : a) {
            if (isUpper(b)) {
                return false;
            }
            cased |= isLower(b);
        }
        return cased;
    }

    public static boolean isUpper(byte[] a) {
        boolean cased = false;
        for (byte b : a) {
            if (isLower(b)) {
                return false;
            }
            cased |= isUpper(b);
        }
        return cased;
    }

    public static boolean isTitle(byte[] a) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte x : a) {
            int b = x & 0xff;
            if (isUpper(b)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(b)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
