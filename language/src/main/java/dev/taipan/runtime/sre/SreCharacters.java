package dev.taipan.runtime.sre;

import java.util.Locale;

/** Character classes and case mappings of the matcher, with CPython's ASCII/locale/Unicode rules. */
public final class SreCharacters {
    private SreCharacters() {
    }

    // category codes (CHCODES of re/_constants.py)
    static final int DIGIT = 0;
    static final int NOT_DIGIT = 1;
    static final int SPACE = 2;
    static final int NOT_SPACE = 3;
    static final int WORD = 4;
    static final int NOT_WORD = 5;
    static final int LINEBREAK = 6;
    static final int NOT_LINEBREAK = 7;
    static final int LOC_WORD = 8;
    static final int LOC_NOT_WORD = 9;
    static final int UNI_DIGIT = 10;
    static final int UNI_NOT_DIGIT = 11;
    static final int UNI_SPACE = 12;
    static final int UNI_NOT_SPACE = 13;
    static final int UNI_WORD = 14;
    static final int UNI_NOT_WORD = 15;
    static final int UNI_LINEBREAK = 16;
    static final int UNI_NOT_LINEBREAK = 17;

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isAsciiAlnum(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    static boolean isWord(int ch) {
        return ch < 128 && (isAsciiAlnum(ch) || ch == '_');
    }

    /** The C locale is the only one Taipan knows: its word characters are ASCII's. */
    static boolean isLocaleWord(int ch) {
        return isWord(ch);
    }

    static boolean isUniDigit(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** str.isspace(). */
    static boolean isUniSpace(int ch) {
        if (ch < 128) {
            return ch == ' ' || (ch >= 9 && ch <= 13) || (ch >= 0x1c && ch <= 0x1f);
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch == 0x2028 || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    static boolean isUniLinebreak(int ch) {
        return ch == '\n' || ch == 0x0b || ch == 0x0c || ch == '\r' || ch == 0x1c || ch == 0x1d || ch == 0x1e || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    /** str.isalnum() of one character, or '_'. */
    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isAsciiAlnum(ch) || ch == '_';
        }
        if (Character.isLetter(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean category(int code, int ch) {
        switch (code) {
            case DIGIT:
                return isAsciiDigit(ch);
            case NOT_DIGIT:
                return !isAsciiDigit(ch);
            case SPACE:
                return isAsciiSpace(ch);
            case NOT_SPACE:
                return !isAsciiSpace(ch);
            case WORD:
                return isWord(ch);
            case NOT_WORD:
                return !isWord(ch);
            case LINEBREAK:
                return ch == '\n';
            case NOT_LINEBREAK:
                return ch != '\n';
            case LOC_WORD:
                return isLocaleWord(ch);
            case LOC_NOT_WORD:
                return !isLocaleWord(ch);
            case UNI_DIGIT:
                return isUniDigit(ch);
            case UNI_NOT_DIGIT:
                return !isUniDigit(ch);
            case UNI_SPACE:
                return isUniSpace(ch);
            case UNI_NOT_SPACE:
                return !isUniSpace(ch);
            case UNI_WORD:
                return isUniWord(ch);
            case UNI_NOT_WORD:
                return !isUniWord(ch);
            case UNI_LINEBREAK:
                return isUniLinebreak(ch);
            case UNI_NOT_LINEBREAK:
                return !isUniLinebreak(ch);
            default:
                return false;
        }
    }

    public static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** The C locale's tolower/toupper. */
    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    public static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return Character.toLowerCase(ch);
    }

    /** Like CPython, a character whose full uppercase is several characters maps to the first. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        int up = Character.toUpperCase(ch);
        if (up != ch) {
            return up;
        }
        return new String(Character.toChars(ch)).toUpperCase(Locale.ROOT).codePointAt(0);
    }

    public static boolean asciiIsCased(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    public static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    public static int asciiToLower(int ch) {
        return ch < 128 ? lowerAscii(ch) : ch;
    }
}
