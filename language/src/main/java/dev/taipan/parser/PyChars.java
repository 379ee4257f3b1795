package dev.taipan.parser;

/** Character classes as CPython defines them (str.isprintable, PEP 3131 identifiers). */
public final class PyChars {
    private PyChars() {
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * XID_Start. Java's identifier-start class is ID_Start (plus U+2E2F); XID_Start further drops
     * the few characters whose NFKC form would not start an identifier.
     */
    static boolean isXidStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        if (!Character.isUnicodeIdentifierStart(cp) || Character.isIdentifierIgnorable(cp) || cp == 0x2E2F) {
            return false;
        }
        return !notXidStart(cp);
    }

    /** XID_Continue (ID_Continue minus ignorables and the NFKC-unstable characters). */
    static boolean isXidContinue(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp) || cp == 0x2E2F) {
            return false;
        }
        return !notXidContinue(cp);
    }

    private static boolean notXidStart(int cp) {
        return switch (cp) {
            case 0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E,
                            0xFF9F ->
                true;
            default -> cp >= 0xFC5E && cp <= 0xFC63;
        };
    }

    private static boolean notXidContinue(int cp) {
        return switch (cp) {
            case 0x037A, 0x309B, 0x309C, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E -> true;
            default -> cp >= 0xFC5E && cp <= 0xFC63;
        };
    }
}
