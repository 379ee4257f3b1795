package dev.taipan.parser;

/**
 * Finds where an f-string literal ends (PEP 701): replacement fields may contain any
 * expression, including strings with the same quote and nested f-strings, so the body is
 * scanned with bracket depth and nested literals taken into account.
 */
final class FStringScanner {
    private FStringScanner() {
    }

    /** Returns the index of the closing quote of an f-string whose body starts at {@code i}. */
    static int scanLiteral(String s, int i, int end, char q, boolean triple, boolean raw, Tokenizer tok, int literalStart) {
        while (true) {
            if (i >= end) {
                throw tok.unterminated(literalStart, triple);
            }
            char c = s.charAt(i);
            if (c == '\\' && !raw) {
                i += 2;
                continue;
            }
            if (c == '\\' && raw) {
                // in raw f-strings a backslash still protects the quote from ending the literal
                if (i + 1 < end && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                i++;
                continue;
            }
            if (!triple && (c == '\n' || c == '\r')) {
                throw tok.unterminated(literalStart, false);
            }
            if (c == q && (!triple || (i + 2 < end && s.charAt(i + 1) == q && s.charAt(i + 2) == q))) {
                return i;
            }
            if (c == '{') {
                if (i + 1 < end && s.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                i = scanField(s, i + 1, end, triple, tok, literalStart);
                continue;
            }
            i++;
        }
    }

    /** Skips a replacement field starting after '{'; returns the index after its closing '}'. */
    static int scanField(String s, int i, int end, boolean triple, Tokenizer tok, int literalStart) {
        int depth = 0;
        while (true) {
            if (i >= end) {
                throw tok.unterminated(literalStart, triple);
            }
            char c = s.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
                i++;
            } else if (c == ')' || c == ']') {
                depth--;
                i++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
                i++;
            } else if (c == ':' && depth == 0) {
                // format spec: literal text with nested fields up to the closing brace
                i++;
                while (true) {
                    if (i >= end) {
                        throw tok.unterminated(literalStart, triple);
                    }
                    char d = s.charAt(i);
                    if (d == '{') {
                        i = scanField(s, i + 1, end, triple, tok, literalStart);
                    } else if (d == '}') {
                        return i + 1;
                    } else if (!triple && (d == '\n' || d == '\r')) {
                        throw tok.unterminated(literalStart, false);
                    } else {
                        i++;
                    }
                }
            } else if (c == '\'' || c == '"') {
                i = skipNestedString(s, i, end, tok, literalStart, triple);
            } else if (c == '#') {
                while (i < end && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '!' && i + 1 < end && s.charAt(i + 1) != '=' && depth == 0) {
                i++;
            } else {
                i++;
            }
        }
    }

    /** Skips a string literal (possibly with prefix already consumed) inside a replacement field. */
    static int skipNestedString(String s, int i, int end, Tokenizer tok, int literalStart, boolean outerTriple) {
        // look back for a prefix like f, rf, b
        int p = i;
        while (p > 0 && "rRbBfFuU".indexOf(s.charAt(p - 1)) >= 0) {
            p--;
        }
        String prefix = s.substring(p, i).toLowerCase();
        char q = s.charAt(i);
        boolean triple = i + 2 < end && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
        int body = i + (triple ? 3 : 1);
        int close;
        if (prefix.indexOf('f') >= 0) {
            close = scanLiteral(s, body, end, q, triple, prefix.indexOf('r') >= 0, tok, literalStart);
        } else {
            close = body;
            while (true) {
                if (close >= end) {
                    throw tok.unterminated(literalStart, outerTriple);
                }
                char c = s.charAt(close);
                if (c == '\\') {
                    close += 2;
                    continue;
                }
                if (c == q && (!triple || (close + 2 < end && s.charAt(close + 1) == q && s.charAt(close + 2) == q))) {
                    break;
                }
                if (!triple && !outerTriple && (c == '\n' || c == '\r')) {
                    throw tok.unterminated(literalStart, false);
                }
                close++;
            }
        }
        return close + (triple ? 3 : 1);
    }
}
