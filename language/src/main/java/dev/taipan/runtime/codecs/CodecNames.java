package dev.taipan.runtime.codecs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Encoding names: CPython's normalisation ({@code encodings.normalize_encoding}) and the aliases
 * of the codecs the VM implements itself, each with the name its error messages use.
 */
public enum CodecNames {
    UTF_8("utf-8"),
    UTF_8_SIG("utf-8"),
    ASCII("ascii"),
    LATIN_1("latin-1"),
    UTF_16("utf-16"),
    UTF_16_LE("utf-16-le"),
    UTF_16_BE("utf-16-be"),
    UTF_32("utf-32"),
    UTF_32_LE("utf-32-le"),
    UTF_32_BE("utf-32-be"),
    UNICODE_ESCAPE("unicodeescape"),
    RAW_UNICODE_ESCAPE("rawunicodeescape");

    /** The name in UnicodeError messages and attributes. */
    public final String pythonName;

    CodecNames(String pythonName) {
        this.pythonName = pythonName;
    }

    private static final Map<String, CodecNames> ALIASES = new HashMap<>();

    private static void alias(CodecNames codec, String... names) {
        for (String n : names) {
            ALIASES.put(n, codec);
        }
    }

    static {
        alias(UTF_8, "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        alias(UTF_8_SIG, "utf_8_sig");
        alias(ASCII, "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
                        "iso_ir_6", "us");
        alias(LATIN_1, "latin_1", "latin1", "iso8859_1", "iso_8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987");
        alias(UTF_16, "utf_16", "u16", "utf16");
        alias(UTF_16_LE, "utf_16_le", "utf_16le", "unicodelittleunmarked");
        alias(UTF_16_BE, "utf_16_be", "utf_16be", "unicodebigunmarked");
        alias(UTF_32, "utf_32", "u32", "utf32");
        alias(UTF_32_LE, "utf_32_le", "utf_32le");
        alias(UTF_32_BE, "utf_32_be", "utf_32be");
        alias(UNICODE_ESCAPE, "unicode_escape");
        alias(RAW_UNICODE_ESCAPE, "raw_unicode_escape");
    }

    /**
     * Lower case, every run of characters other than letters, digits and '.' collapsed into one
     * '_' (dropped at the ends).
     */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The VM's own codec for {@code encoding}, or null. */
    public static CodecNames lookup(String encoding) {
        String n = normalize(encoding);
        CodecNames c = ALIASES.get(n);
        return c != null ? c : ALIASES.get(n.replace('.', '_'));
    }
}
