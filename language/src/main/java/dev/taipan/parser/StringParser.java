package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.EXCLAMATION;
import static dev.taipan.parser.TokenKind.FSTRING_END;
import static dev.taipan.parser.TokenKind.FSTRING_MIDDLE;
import static dev.taipan.parser.TokenKind.FSTRING_START;
import static dev.taipan.parser.TokenKind.LBRACE;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.RBRACE;
import static dev.taipan.parser.TokenKind.STRING;
import static dev.taipan.parser.TokenKind.YIELD;

import dev.taipan.parser.ParserBase.ParseFailure;
import dev.taipan.parser.StringLiteralDecoder.DecodeError;
import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.Expr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: plain strings, bytes, PEP 701 f-strings (from the tokenizer's FSTRING_START /
 * FSTRING_MIDDLE / expression tokens / FSTRING_END), and the implicit concatenation of adjacent
 * literals, producing CPython 3.12's Constant and JoinedStr nodes with its extents.
 */
final class StringParser {
    private final ExpressionParser p;

    StringParser(ExpressionParser p) {
        this.p = p;
    }

    /** strings: (fstring | string)+ */
    Expr strings() {
        int start = p.tok().start;
        List<Expr> parts = new ArrayList<>(2);
        while (true) {
            TokenKind k = p.kind();
            if (k == STRING) {
                parts.add(string(p.advance()));
            } else if (k == FSTRING_START) {
                parts.add(fstring());
            } else {
                break;
            }
        }
        return concatenate(parts, start, p.lastEnd());
    }

    private Expr.Constant string(Token t) {
        StringLiteralDecoder.Literal lit = StringLiteralDecoder.split(t.text);
        try {
            java.util.function.Consumer<String> warn = message -> p.errors.warn(message, t.start);
            if (lit.bytes) {
                return new Expr.Constant(t.start, t.end, new BytesConstant(StringLiteralDecoder.decodeBytes(lit.body, lit.raw, warn)), null);
            }
            String v = lit.raw ? StringLiteralDecoder.normalizeNewlines(lit.body) : StringLiteralDecoder.decodeString(lit.body, warn);
            return new Expr.Constant(t.start, t.end, v, lit.uPrefix ? "u" : null);
        } catch (DecodeError e) {
            if (e.getMessage().startsWith("bytes can only")) {
                throw p.errorAtToken(e.getMessage(), t);
            }
            throw p.errorAtLastToken(Kind.SYNTAX_ERROR, e.getMessage());
        }
    }

    // ---- f-strings ----

    private Expr fstring() {
        Token start = p.expect(FSTRING_START);
        List<Expr> values = new ArrayList<>();
        while (true) {
            TokenKind k = p.kind();
            if (k == FSTRING_MIDDLE) {
                Token m = p.advance();
                values.add(new Expr.Constant(m.start, m.end, m.text, null));
            } else if (k == LBRACE) {
                values.add(replacementField());
            } else {
                break;
            }
        }
        Token end = p.expect(FSTRING_END);
        return joinedStr(start, values, end);
    }

    private static boolean isRawPrefix(String startText) {
        for (int i = 0; i < startText.length(); i++) {
            char c = startText.charAt(i);
            if (c == 'r' || c == 'R') {
                return true;
            }
            if (c == '\'' || c == '"') {
                break;
            }
        }
        return false;
    }

    /** CPython's _PyPegen_joined_str: flattens '=' debug parts, decodes literal parts, drops empty ones. */
    private Expr joinedStr(Token start, List<Expr> raw, Token end) {
        boolean isRaw = isRawPrefix(start.text);
        List<Expr> out = new ArrayList<>(raw.size());
        for (Expr item : raw) {
            if (item instanceof Expr.JoinedStr j) {
                for (Expr x : j.values()) {
                    addDecodedPart(out, x, isRaw);
                }
            } else {
                addDecodedPart(out, item, isRaw);
            }
        }
        return new Expr.JoinedStr(start.start, end.end, List.copyOf(out));
    }

    private void addDecodedPart(List<Expr> out, Expr item, boolean isRaw) {
        if (item instanceof Expr.Constant c && c.value() instanceof String text) {
            if (text.equals("{{") || text.equals("}}")) {
                text = text.substring(0, 1);
            }
            String v;
            if (isRaw || text.indexOf('\\') < 0) {
                v = StringLiteralDecoder.normalizeNewlines(text);
            } else {
                try {
                    v = StringLiteralDecoder.decodeString(text, message -> p.errors.warn(message, c.start()));
                } catch (DecodeError e) {
                    throw p.errorAtLastToken(Kind.SYNTAX_ERROR, e.getMessage());
                }
            }
            if (!v.isEmpty()) {
                out.add(new Expr.Constant(c.start(), c.end(), v, null));
            }
            return;
        }
        out.add(item);
    }

    /**
     * fstring_replacement_field: '{' (yield_expr | star_expressions) ['='] ['!' NAME]
     * [':' format_spec*] '}'
     */
    private Expr replacementField() {
        int startPos = p.pos;
        Token lbrace = p.expect(LBRACE);
        try {
            Expr e = p.at(YIELD) ? p.yieldExpr() : p.starExpressions();
            Token debug = p.at(EQUAL) ? p.advance() : null;
            Token convTok = null;
            Token convName = null;
            if (p.at(EXCLAMATION)) {
                convTok = p.advance();
                convName = p.expect(NAME);
                if (convTok.end != convName.start) {
                    throw p.errorRange("f-string: conversion type must come right after the exclamanation mark", convTok, convName);
                }
            }
            Token colon = null;
            Expr spec = null;
            if (p.at(COLON)) {
                colon = p.advance();
                spec = formatSpec(colon);
            }
            Token rbrace = p.expect(RBRACE);
            int conversion = -1;
            if (convName != null) {
                String c = convName.text;
                if (c.length() != 1 || (c.charAt(0) != 's' && c.charAt(0) != 'r' && c.charAt(0) != 'a')) {
                    throw p.errorAtToken("f-string: invalid conversion character " + PyRepr.str(c) + ": expected 's', 'r', or 'a'", convName);
                }
                conversion = c.charAt(0);
            } else if (debug != null && spec == null) {
                conversion = 'r';
            }
            Expr.FormattedValue fv = new Expr.FormattedValue(lbrace.start, rbrace.end, e, conversion, spec);
            if (debug == null) {
                return fv;
            }
            Token term = convTok != null ? convTok : colon != null ? colon : rbrace;
            String text = term.debugText != null ? term.debugText : p.source.substring(lbrace.end, term.start);
            Expr.Constant debugText = new Expr.Constant(lbrace.end, term.start, text, null);
            return new Expr.JoinedStr(lbrace.start, term.end, List.of(debugText, fv));
        } catch (ParseFailure f) {
            if (p.callInvalidRules) {
                p.pos = startPos;
                invalidReplacementField();
            }
            throw f;
        }
    }

    /** fstring_full_format_spec: ':' fstring_format_spec* */
    private Expr formatSpec(Token colon) {
        List<Expr> spec = new ArrayList<>();
        while (true) {
            if (p.at(FSTRING_MIDDLE)) {
                Token m = p.advance();
                String v;
                try {
                    v = StringLiteralDecoder.decodeString(m.text, message -> p.errors.warn(message, m.start));
                } catch (DecodeError e) {
                    throw p.errorAtLastToken(Kind.SYNTAX_ERROR, e.getMessage());
                }
                spec.add(new Expr.Constant(m.start, m.end, v, null));
            } else if (p.at(LBRACE)) {
                spec.add(replacementField());
            } else {
                break;
            }
        }
        // like 3.11, an empty format spec is an empty JoinedStr, not one with an empty constant
        if (spec.size() == 1 && spec.get(0) instanceof Expr.Constant c && "".equals(c.value())) {
            spec.clear();
        }
        return new Expr.JoinedStr(colon.start, p.lastEnd(), List.copyOf(spec));
    }

    /** invalid_replacement_field: what is wrong inside '{...}'. */
    private void invalidReplacementField() {
        int save = p.pos;
        Token lbrace = p.expect(LBRACE);
        Token t = p.tok();
        switch (t.kind) {
            case EQUAL -> throw p.errorAtToken("f-string: valid expression required before '='", t);
            case EXCLAMATION -> throw p.errorAtToken("f-string: valid expression required before '!'", t);
            case COLON -> throw p.errorAtToken("f-string: valid expression required before ':'", t);
            case RBRACE -> throw p.errorAtToken("f-string: valid expression required before '}'", t);
            default -> {
            }
        }
        int exprStart = p.pos;
        try {
            if (p.at(YIELD)) {
                p.yieldExpr();
            } else {
                p.starExpressions();
            }
        } catch (ParseFailure f) {
            p.pos = exprStart;
            throw p.errorOnNextToken("f-string: expecting a valid expression after '{'");
        }
        int afterExpr = p.pos;
        TokenKind k = p.kind();
        if (k != EQUAL && k != EXCLAMATION && k != COLON && k != RBRACE) {
            throw p.errorOnNextToken("f-string: expecting '=', or '!', or ':', or '}'");
        }
        if (k == EQUAL) {
            p.pos++;
            TokenKind k2 = p.kind();
            if (k2 != EXCLAMATION && k2 != COLON && k2 != RBRACE) {
                throw p.errorOnNextToken("f-string: expecting '!', or ':', or '}'");
            }
        }
        int afterEq = p.pos;
        // invalid_conversion_character
        if (p.at(EXCLAMATION)) {
            p.pos++;
            if (p.at(COLON) || p.at(RBRACE)) {
                throw p.errorOnNextToken("f-string: missing conversion character");
            }
            if (!p.at(NAME)) {
                throw p.errorOnNextToken("f-string: invalid conversion character");
            }
        }
        p.pos = afterEq;
        if (p.at(EXCLAMATION) && p.kindAt(1) == NAME) {
            p.pos += 2;
        }
        int afterConv = p.pos;
        if (!p.at(COLON) && !p.at(RBRACE)) {
            throw p.errorOnNextToken("f-string: expecting ':' or '}'");
        }
        if (p.at(COLON)) {
            p.pos++;
            try {
                while (true) {
                    if (p.at(FSTRING_MIDDLE)) {
                        p.pos++;
                    } else if (p.at(LBRACE)) {
                        int specStart = p.pos;
                        try {
                            replacementField();
                        } catch (ParseFailure f) {
                            p.pos = specStart;
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if (!p.at(RBRACE)) {
                    throw p.errorOnNextToken("f-string: expecting '}', or format specs");
                }
            } catch (ParseFailure f) {
                // no match
            }
        }
        p.pos = afterConv;
        if (!p.at(RBRACE)) {
            throw p.errorOnNextToken("f-string: expecting '}'");
        }
        p.pos = save;
        if (afterExpr < 0 || lbrace == null) {
            throw ParserBase.fail();
        }
    }

    // ---- concatenation ----

    /** CPython's _PyPegen_concatenate_strings. */
    private Expr concatenate(List<Expr> parts, int start, int end) {
        boolean fstringFound = false;
        boolean unicodeFound = false;
        boolean bytesFound = false;
        for (Expr e : parts) {
            if (e instanceof Expr.Constant c) {
                if (c.value() instanceof BytesConstant) {
                    bytesFound = true;
                } else {
                    unicodeFound = true;
                }
            } else {
                fstringFound = true;
            }
        }
        if ((unicodeFound || fstringFound) && bytesFound) {
            throw p.errorAtLastToken(Kind.SYNTAX_ERROR, "cannot mix bytes and nonbytes literals");
        }
        if (bytesFound) {
            if (parts.size() == 1) {
                Expr.Constant c = (Expr.Constant) parts.get(0);
                return new Expr.Constant(start, end, c.value(), c.kind());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr e : parts) {
                byte[] b = ((BytesConstant) ((Expr.Constant) e).value()).bytes();
                out.write(b, 0, b.length);
            }
            return new Expr.Constant(start, end, new BytesConstant(out.toByteArray()), ((Expr.Constant) parts.get(0)).kind());
        }
        if (!fstringFound && parts.size() == 1) {
            return parts.get(0);
        }
        List<Expr> flat = new ArrayList<>();
        for (Expr e : parts) {
            if (e instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else {
                flat.add(e);
            }
        }
        List<Expr> values = new ArrayList<>();
        int n = flat.size();
        for (int i = 0; i < n; i++) {
            Expr elem = flat.get(i);
            if (elem instanceof Expr.Constant first) {
                if (i + 1 < n && flat.get(i + 1) instanceof Expr.Constant) {
                    StringBuilder sb = new StringBuilder();
                    Expr.Constant last = first;
                    int j = i;
                    while (j < n && flat.get(j) instanceof Expr.Constant c) {
                        sb.append((String) c.value());
                        last = c;
                        j++;
                    }
                    i = j - 1;
                    elem = new Expr.Constant(first.start(), last.end(), sb.toString(), first.kind());
                }
                if (fstringFound && ((String) ((Expr.Constant) elem).value()).isEmpty()) {
                    continue;
                }
            }
            values.add(elem);
        }
        if (!fstringFound) {
            Expr.Constant c = (Expr.Constant) values.get(0);
            return new Expr.Constant(start, end, c.value(), c.kind());
        }
        return new Expr.JoinedStr(start, end, List.copyOf(values));
    }
}
