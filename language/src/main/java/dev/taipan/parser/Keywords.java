package dev.taipan.parser;

import java.util.Set;

/** Python 3.12's hard keywords (soft keywords match, case, _ and type are ordinary names). */
final class Keywords {
    private Keywords() {
    }

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
                    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    static boolean isKeyword(String s) {
        return KEYWORDS.contains(s);
    }
}
