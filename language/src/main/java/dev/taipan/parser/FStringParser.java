package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.ast.Expr;

/**
 * Splits an f-string literal into its literal parts and replacement fields, parsing each field's
 * expression (with positions in the original source), {@code =} debugging text, {@code !r/!s/!a}
 * conversion and nested format spec, into CPython 3.12's JoinedStr / FormattedValue nodes.
 */
final class FStringParser {
    private final TokenStream ts;
    private final String src;
    private final int literalStart;
    private final boolean raw;
    private final boolean triple;
    private final int bodyStart;
    private final int bodyEnd;

    FStringParser(TokenStream ts, Token token) {
        this.ts = ts;
        this.src = ts.src;
        this.literalStart = token.start();
        String text = token.text();
        int q = 0;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++;
        }
        String prefix = text.substring(0, q).toLowerCase();
        this.raw = prefix.indexOf('r') >= 0;
        char quote = text.charAt(q);
        this.triple = text.length() >= q + 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote;
        int qlen = triple ? 3 : 1;
        this.bodyStart = token.start() + q + qlen;
        this.bodyEnd = token.end() - qlen;
    }

    /** Collects the parts of (possibly several concatenated) string literals. */
    static final class Builder {
        private final int start;
        private final int end;
        private final List<Expr> values = new ArrayList<>();
        private StringBuilder pending;
        private int pendingStart;
        private int pendingEnd;

        Builder(int start, int end) {
            this.start = start;
            this.end = end;
        }

        void addLiteral(String s, int from, int to) {
            if (s.isEmpty()) {
                return;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pendingStart = from;
            }
            pending.append(s);
            pendingEnd = to;
        }

        void addValue(Expr.FormattedValue v) {
            flush();
            values.add(v);
        }

        private void flush() {
            if (pending != null) {
                values.add(new Expr.Constant(pendingStart, pendingEnd, pending.toString(), null));
                pending = null;
            }
        }

        Expr.JoinedStr build() {
            flush();
            return new Expr.JoinedStr(start, end, List.copyOf(values));
        }
    }

    void parseInto(Builder b) {
        parseParts(bodyStart, bodyEnd, b, false);
    }

    /** Literal text and fields in [i, stop); in a format spec a '}' at depth 0 ends it. Returns the end index. */
    private int parseParts(int i, int stop, Builder b, boolean inSpec) {
        StringBuilder chunk = new StringBuilder();
        int chunkStart = i;
        while (i < stop) {
            char c = src.charAt(i);
            if (c == '{') {
                if (!inSpec && i + 1 < stop && src.charAt(i + 1) == '{') {
                    chunk.append('{');
                    i += 2;
                    continue;
                }
                flushChunk(chunk, chunkStart, i, b);
                i = parseField(i, stop, b);
                chunkStart = i;
                continue;
            }
            if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (i + 1 < stop && src.charAt(i + 1) == '}') {
                    chunk.append('}');
                    i += 2;
                    continue;
                }
                throw ts.error("f-string: single '}' is not allowed", i, i + 1);
            }
            if (c == '\\' && !raw && i + 1 < stop) {
                chunk.append(c).append(src.charAt(i + 1));
                i += 2;
                continue;
            }
            chunk.append(c);
            i++;
        }
        flushChunk(chunk, chunkStart, i, b);
        return i;
    }

    private void flushChunk(StringBuilder chunk, int from, int to, Builder b) {
        if (chunk.length() == 0) {
            return;
        }
        String text = chunk.toString();
        String value = raw ? StringLiterals.normalizeNewlines(text) : StringLiterals.decodeString(text, 0, text.length(), literalStart, ts.lines);
        b.addLiteral(value, from, to);
        chunk.setLength(0);
    }

    /** A replacement field starting at '{'; returns the index after its '}'. */
    private int parseField(int open, int stop, Builder b) {
        int exprStart = open + 1;
        int j = exprStart;
        int depth = 0;
        boolean debug = false;
        scan: while (true) {
            if (j >= stop) {
                throw ts.error("f-string: expecting '}'", open, open + 1);
            }
            char c = src.charAt(j);
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']' -> depth--;
                case '}' -> {
                    if (depth == 0) {
                        break scan;
                    }
                    depth--;
                }
                case '\'', '"' -> {
                    j = FStringScanner.skipNestedString(src, j, stop, new Tokenizer(src, ts.lines), literalStart, triple) - 1;
                }
                case '#' -> {
                    while (j < stop && src.charAt(j) != '\n') {
                        j++;
                    }
                    continue;
                }
                case '!' -> {
                    if (depth == 0 && (j + 1 >= stop || src.charAt(j + 1) != '=')) {
                        break scan;
                    }
                }
                case ':' -> {
                    if (depth == 0) {
                        break scan;
                    }
                }
                case '=' -> {
                    if (depth == 0) {
                        char prev = src.charAt(j - 1);
                        char next = j + 1 < stop ? src.charAt(j + 1) : 0;
                        if (prev != '=' && prev != '!' && prev != '<' && prev != '>' && next != '=') {
                            int k = j + 1;
                            while (k < stop && Character.isWhitespace(src.charAt(k))) {
                                k++;
                            }
                            if (k < stop && (src.charAt(k) == '}' || src.charAt(k) == '!' || src.charAt(k) == ':')) {
                                debug = true;
                                break scan;
                            }
                        }
                        if (next == '=') {
                            j++;
                        }
                    }
                }
                default -> {
                }
            }
            j++;
        }
        int exprEnd = j;
        if (src.substring(exprStart, exprEnd).isBlank()) {
            throw ts.error("f-string: valid expression required before '" + src.charAt(j) + "'", exprStart, exprEnd + 1);
        }
        Expr value = parseExpression(exprStart, exprEnd);
        if (debug) {
            int k = j + 1;
            while (k < stop && Character.isWhitespace(src.charAt(k))) {
                k++;
            }
            b.addLiteral(src.substring(exprStart, k), exprStart, k);
            j = k;
        }
        int conversion = -1;
        if (src.charAt(j) == '!') {
            char conv = j + 1 < stop ? src.charAt(j + 1) : 0;
            if (conv != 's' && conv != 'r' && conv != 'a') {
                if (conv == '}' || conv == ':' || conv == 0) {
                    throw ts.error("f-string: missing conversion character", j, j + 1);
                }
                throw ts.error("f-string: invalid conversion character '" + conv + "': expected 's', 'r', or 'a'", j + 1, j + 2);
            }
            conversion = conv;
            j += 2;
        }
        Expr spec = null;
        if (j < stop && src.charAt(j) == ':') {
            Builder sb = new Builder(j + 1, j + 1);
            int specEnd = parseParts(j + 1, stop, sb, true);
            Expr.JoinedStr js = sb.build();
            spec = new Expr.JoinedStr(j + 1, specEnd, js.values());
            j = specEnd;
        }
        if (j >= stop || src.charAt(j) != '}') {
            throw ts.error("f-string: expecting '}'", open, open + 1);
        }
        if (debug && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        b.addValue(new Expr.FormattedValue(open, j + 1, value, conversion, spec));
        return j + 1;
    }

    private Expr parseExpression(int from, int to) {
        List<Token> tokens = new Tokenizer(src, ts.lines, from, to, true).tokenize();
        TokenStream sub = new TokenStream(src, ts.lines, tokens);
        ExpressionParser ep = new ExpressionParser(sub);
        Expr e = sub.atName("yield") ? ep.yieldExpr() : ep.starExpressions();
        if (!sub.atKind(TokenKind.ENDMARKER)) {
            if (sub.atOp("=")) {
                throw sub.error("f-string: expecting '}'", sub.peek().start(), sub.peek().end());
            }
            throw sub.invalidSyntax();
        }
        return e;
    }
}
