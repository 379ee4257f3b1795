package dev.taipan.runtime.unicode;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Character names as unicodedata has them: UnicodeData names from java.lang.Character, and the
 * algorithmic names of Hangul syllables and CJK unified ideographs, which CPython derives and the
 * JDK does not. Controls have no name (the JDK answers with their aliases).
 */
public final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
                    "P", "H"};
    private static final int SBASE = 0xAC00;
    private static final int SCOUNT = 11172;
    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";

    /** The JDK's name for a code point without one: its block and its number. */
    private static boolean isFallback(int cp, String name) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block != null && name.equals(block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT));
    }

    private static boolean isUnifiedIdeograph(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.getType(cp) == Character.OTHER_LETTER;
    }

    /** The name of {@code cp}, or null. */
    @TruffleBoundary
    public static String name(int cp) {
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            int s = cp - SBASE;
            return HANGUL + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        if (isUnifiedIdeograph(cp)) {
            return CJK + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return null;
        }
        String n = Character.getName(cp);
        return n == null || isFallback(cp, n) ? null : n;
    }

    /** The code point called {@code name} (case-insensitively), or -1. */
    @TruffleBoundary
    public static int lookup(String name) {
        // the algorithmic names match case-sensitively, the table names in any case (as in CPython)
        if (name.startsWith(HANGUL)) {
            return hangul(name.substring(HANGUL.length()));
        }
        if (name.startsWith(CJK)) {
            String hex = name.substring(CJK.length());
            if ((hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                int cp = Integer.parseInt(hex, 16);
                return isUnifiedIdeograph(cp) ? cp : -1;
            }
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String own = name(cp);
        if (own != null && own.equals(upper)) {
            return cp;
        }
        // the JDK also knows the aliases of controls ("NULL", "LINE FEED"), as CPython's lookup does
        String jdk = Character.getName(cp);
        return jdk != null && jdk.equals(upper) && !isFallback(cp, jdk) && Character.getType(cp) == Character.CONTROL ? cp : -1;
    }

    /** Longest match of each jamo part in turn, as CPython's find_syllable. */
    private static int hangul(String s) {
        int[] pos = {0};
        int l = longest(s, pos, JAMO_L);
        int v = longest(s, pos, JAMO_V);
        int t = longest(s, pos, JAMO_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != s.length()) {
            return -1;
        }
        return SBASE + (l * 21 + v) * 28 + t;
    }

    private static int longest(String s, int[] pos, String[] names) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.length() > bestLen && s.startsWith(n, pos[0])) {
                best = i;
                bestLen = n.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLen;
        }
        return best;
    }
}
