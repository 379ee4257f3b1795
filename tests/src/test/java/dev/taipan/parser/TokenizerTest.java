package dev.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The tokens of tricky inputs, against what CPython 3.12's {@code tokenize} module reports for
 * the same source. The expectations were produced with
 * {@code for t in tokenize.tokenize(io.BytesIO(src.encode()).readline)}, leaving out ENCODING,
 * COMMENT and NL (which only the tokenize module makes) and naming operators by
 * {@code exact_type}; each line is {@code KIND 'text' @line:col-endline:endcol} with columns in
 * code points.
 *
 * <p>Taipan's tokens carry char offsets where tokenize has (row, col) pairs; {@link #render}
 * shows them in tokenize's terms, bridging these differences of convention: an INDENT is an
 * empty token at the line's first token (tokenize spans the indentation); a token's end stays on
 * its own line (a NEWLINE ends at column + 1, not at the start of the next line); a NEWLINE for
 * "\r\n" is one char wide, as the "\n" CPython's tokenizer reads there; and the newline implied
 * at the end of a source that lacks one is empty (tokenize makes it one char wide and puts what
 * follows on the next line). Escaped braces in f-strings are the one real difference, see
 * {@link #doubledBracesInFString}.
 */
class TokenizerTest {

    private static void assertTokens(String source, String expected) {
        assertEquals(expected, render(source));
    }

    static String render(String source) {
        Tokenizer tokenizer = new Tokenizer(source, new SyntaxErrors(source), InputMode.FILE);
        Token[] tokens = tokenizer.tokenize();
        assertNull(tokenizer.error, "tokenizer error");
        SourceLines lines = new SourceLines(source);
        int len = source.length();
        boolean implicitNewline = len > 0 && source.charAt(len - 1) != '\n' && source.charAt(len - 1) != '\r';
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            String kind = t.kind.isKeyword() ? "NAME" : t.kind.name();
            int line = lines.line(t.start);
            int col = lines.codePointColumn(t.start);
            String text;
            int endLine;
            int endCol;
            if (implicitNewline && t.start >= len) {
                text = "";
                if (t.kind == TokenKind.NEWLINE) {
                    endLine = line;
                    endCol = col + 1;
                } else {
                    line = endLine = lines.lineCount() + 1;
                    col = endCol = 0;
                }
            } else {
                if (t.kind == TokenKind.INDENT) {
                    text = source.substring(lines.lineStart(line), t.start);
                    col = 0;
                } else if (t.kind == TokenKind.NEWLINE && source.startsWith("\r\n", t.start)) {
                    // Taipan's NEWLINE is the one char CPython's tokenizer reads for "\r\n"
                    text = "\r\n";
                } else {
                    text = source.substring(t.start, t.end);
                }
                int lastBreak = lastLineBreak(text);
                endLine = line + lineBreaks(text);
                endCol = lastBreak < 0 ? col + text.codePointCount(0, text.length()) : text.codePointCount(lastBreak + 1, text.length());
            }
            sb.append(kind).append(" '").append(escape(text)).append("' @").append(line).append(':').append(col).append('-').append(endLine).append(':').append(endCol).append('\n');
        }
        return sb.toString();
    }

    /** Line breaks inside the text, not counting one that ends it. */
    private static int lineBreaks(String text) {
        String s = withoutFinalBreak(text);
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static int lastLineBreak(String text) {
        String s = withoutFinalBreak(text);
        return Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
    }

    private static String withoutFinalBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") || text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\f", "\\f").replace("\r", "\\r");
    }

    @Test
    void tabsAndSpacesIndent() {
        assertTokens("if a:\n\tb = 1\n\tif c:\n\t    d\n\te\nf\nif g:\n        h\n  # comment at another indent\n        i\n", """
                        NAME 'if' @1:0-1:2
                        NAME 'a' @1:3-1:4
                        COLON ':' @1:4-1:5
                        NEWLINE '\\n' @1:5-1:6
                        INDENT '\\t' @2:0-2:1
                        NAME 'b' @2:1-2:2
                        EQUAL '=' @2:3-2:4
                        NUMBER '1' @2:5-2:6
                        NEWLINE '\\n' @2:6-2:7
                        NAME 'if' @3:1-3:3
                        NAME 'c' @3:4-3:5
                        COLON ':' @3:5-3:6
                        NEWLINE '\\n' @3:6-3:7
                        INDENT '\\t    ' @4:0-4:5
                        NAME 'd' @4:5-4:6
                        NEWLINE '\\n' @4:6-4:7
                        DEDENT '' @5:1-5:1
                        NAME 'e' @5:1-5:2
                        NEWLINE '\\n' @5:2-5:3
                        DEDENT '' @6:0-6:0
                        NAME 'f' @6:0-6:1
                        NEWLINE '\\n' @6:1-6:2
                        NAME 'if' @7:0-7:2
                        NAME 'g' @7:3-7:4
                        COLON ':' @7:4-7:5
                        NEWLINE '\\n' @7:5-7:6
                        INDENT '        ' @8:0-8:8
                        NAME 'h' @8:8-8:9
                        NEWLINE '\\n' @8:9-8:10
                        NAME 'i' @10:8-10:9
                        NEWLINE '\\n' @10:9-10:10
                        DEDENT '' @11:0-11:0
                        ENDMARKER '' @11:0-11:0
                        """);
    }

    @Test
    void lineJoining() {
        assertTokens("x = 1 + \\\n    2\ny = (1,  # one\n\n     2)\nz = [\n  3\n]\n\n# comment\n  # indented comment\nw = {\n}\n", """
                        NAME 'x' @1:0-1:1
                        EQUAL '=' @1:2-1:3
                        NUMBER '1' @1:4-1:5
                        PLUS '+' @1:6-1:7
                        NUMBER '2' @2:4-2:5
                        NEWLINE '\\n' @2:5-2:6
                        NAME 'y' @3:0-3:1
                        EQUAL '=' @3:2-3:3
                        LPAR '(' @3:4-3:5
                        NUMBER '1' @3:5-3:6
                        COMMA ',' @3:6-3:7
                        NUMBER '2' @5:5-5:6
                        RPAR ')' @5:6-5:7
                        NEWLINE '\\n' @5:7-5:8
                        NAME 'z' @6:0-6:1
                        EQUAL '=' @6:2-6:3
                        LSQB '[' @6:4-6:5
                        NUMBER '3' @7:2-7:3
                        RSQB ']' @8:0-8:1
                        NEWLINE '\\n' @8:1-8:2
                        NAME 'w' @12:0-12:1
                        EQUAL '=' @12:2-12:3
                        LBRACE '{' @12:4-12:5
                        RBRACE '}' @13:0-13:1
                        NEWLINE '\\n' @13:1-13:2
                        ENDMARKER '' @14:0-14:0
                        """);
    }

    @Test
    void numericForms() {
        assertTokens("0 00 7 1_000 0x_1F 0XdeadBEEF 0o17 0O7 0b1010 0B1_0\n1. .5 1.5 1_0.0_1 1e10 1E+1_0 1.e-3 .5e5 0e0\n1j 1J 1.5j .5j 1e5j 1_0j 0j\n1 .real 1.0.real 1..real 0x10.real\n", """
                        NUMBER '0' @1:0-1:1
                        NUMBER '00' @1:2-1:4
                        NUMBER '7' @1:5-1:6
                        NUMBER '1_000' @1:7-1:12
                        NUMBER '0x_1F' @1:13-1:18
                        NUMBER '0XdeadBEEF' @1:19-1:29
                        NUMBER '0o17' @1:30-1:34
                        NUMBER '0O7' @1:35-1:38
                        NUMBER '0b1010' @1:39-1:45
                        NUMBER '0B1_0' @1:46-1:51
                        NEWLINE '\\n' @1:51-1:52
                        NUMBER '1.' @2:0-2:2
                        NUMBER '.5' @2:3-2:5
                        NUMBER '1.5' @2:6-2:9
                        NUMBER '1_0.0_1' @2:10-2:17
                        NUMBER '1e10' @2:18-2:22
                        NUMBER '1E+1_0' @2:23-2:29
                        NUMBER '1.e-3' @2:30-2:35
                        NUMBER '.5e5' @2:36-2:40
                        NUMBER '0e0' @2:41-2:44
                        NEWLINE '\\n' @2:44-2:45
                        NUMBER '1j' @3:0-3:2
                        NUMBER '1J' @3:3-3:5
                        NUMBER '1.5j' @3:6-3:10
                        NUMBER '.5j' @3:11-3:14
                        NUMBER '1e5j' @3:15-3:19
                        NUMBER '1_0j' @3:20-3:24
                        NUMBER '0j' @3:25-3:27
                        NEWLINE '\\n' @3:27-3:28
                        NUMBER '1' @4:0-4:1
                        DOT '.' @4:2-4:3
                        NAME 'real' @4:3-4:7
                        NUMBER '1.0' @4:8-4:11
                        DOT '.' @4:11-4:12
                        NAME 'real' @4:12-4:16
                        NUMBER '1.' @4:17-4:19
                        DOT '.' @4:19-4:20
                        NAME 'real' @4:20-4:24
                        NUMBER '0x10' @4:25-4:29
                        DOT '.' @4:29-4:30
                        NAME 'real' @4:30-4:34
                        NEWLINE '\\n' @4:34-4:35
                        ENDMARKER '' @5:0-5:0
                        """);
    }

    @Test
    void stringPrefixes() {
        assertTokens("r'a' u'b' R'c' U'd' b'e' B'f' br'g' Br'h' bR'i' BR'j' rb'k' rB'l' Rb'm' RB'n'\n'''x\ny''' \"\"\"q\"\"\" 'it\\'s' \"a\\\nb\" '' \"\"\n", """
                        STRING 'r'a'' @1:0-1:4
                        STRING 'u'b'' @1:5-1:9
                        STRING 'R'c'' @1:10-1:14
                        STRING 'U'd'' @1:15-1:19
                        STRING 'b'e'' @1:20-1:24
                        STRING 'B'f'' @1:25-1:29
                        STRING 'br'g'' @1:30-1:35
                        STRING 'Br'h'' @1:36-1:41
                        STRING 'bR'i'' @1:42-1:47
                        STRING 'BR'j'' @1:48-1:53
                        STRING 'rb'k'' @1:54-1:59
                        STRING 'rB'l'' @1:60-1:65
                        STRING 'Rb'm'' @1:66-1:71
                        STRING 'RB'n'' @1:72-1:77
                        NEWLINE '\\n' @1:77-1:78
                        STRING ''''x\\ny'''' @2:0-3:4
                        STRING '\"""q\"""' @3:5-3:12
                        STRING ''it\\\\'s'' @3:13-3:20
                        STRING '"a\\\\\\nb"' @3:21-4:2
                        STRING '''' @4:3-4:5
                        STRING '""' @4:6-4:8
                        NEWLINE '\\n' @4:8-4:9
                        ENDMARKER '' @5:0-5:0
                        """);
    }

    @Test
    void fStrings() {
        assertTokens("f'a{b}c{d!r}e' F\"{x:>{w}.{p}}\" rf'\\{x}\\n' fR'{y}' Rf'' f'{x=}' f'{x = !r:^20}'\nf\"{f'{x}'}\" f\"{\"same\"}\" f'{f\"{f'{1}'}\"}' f'{ {\"a\": 1}[\"a\"] }' f'{(lambda x: x)(1)}'\nf'''a{\nb\n}c''' f'{x:{y}{z}}'\n", """
                        FSTRING_START 'f'' @1:0-1:2
                        FSTRING_MIDDLE 'a' @1:2-1:3
                        LBRACE '{' @1:3-1:4
                        NAME 'b' @1:4-1:5
                        RBRACE '}' @1:5-1:6
                        FSTRING_MIDDLE 'c' @1:6-1:7
                        LBRACE '{' @1:7-1:8
                        NAME 'd' @1:8-1:9
                        EXCLAMATION '!' @1:9-1:10
                        NAME 'r' @1:10-1:11
                        RBRACE '}' @1:11-1:12
                        FSTRING_MIDDLE 'e' @1:12-1:13
                        FSTRING_END ''' @1:13-1:14
                        FSTRING_START 'F"' @1:15-1:17
                        LBRACE '{' @1:17-1:18
                        NAME 'x' @1:18-1:19
                        COLON ':' @1:19-1:20
                        FSTRING_MIDDLE '>' @1:20-1:21
                        LBRACE '{' @1:21-1:22
                        NAME 'w' @1:22-1:23
                        RBRACE '}' @1:23-1:24
                        FSTRING_MIDDLE '.' @1:24-1:25
                        LBRACE '{' @1:25-1:26
                        NAME 'p' @1:26-1:27
                        RBRACE '}' @1:27-1:28
                        FSTRING_MIDDLE '' @1:28-1:28
                        RBRACE '}' @1:28-1:29
                        FSTRING_END '"' @1:29-1:30
                        FSTRING_START 'rf'' @1:31-1:34
                        FSTRING_MIDDLE '\\\\' @1:34-1:35
                        LBRACE '{' @1:35-1:36
                        NAME 'x' @1:36-1:37
                        RBRACE '}' @1:37-1:38
                        FSTRING_MIDDLE '\\\\n' @1:38-1:40
                        FSTRING_END ''' @1:40-1:41
                        FSTRING_START 'fR'' @1:42-1:45
                        LBRACE '{' @1:45-1:46
                        NAME 'y' @1:46-1:47
                        RBRACE '}' @1:47-1:48
                        FSTRING_END ''' @1:48-1:49
                        FSTRING_START 'Rf'' @1:50-1:53
                        FSTRING_END ''' @1:53-1:54
                        FSTRING_START 'f'' @1:55-1:57
                        LBRACE '{' @1:57-1:58
                        NAME 'x' @1:58-1:59
                        EQUAL '=' @1:59-1:60
                        RBRACE '}' @1:60-1:61
                        FSTRING_END ''' @1:61-1:62
                        FSTRING_START 'f'' @1:63-1:65
                        LBRACE '{' @1:65-1:66
                        NAME 'x' @1:66-1:67
                        EQUAL '=' @1:68-1:69
                        EXCLAMATION '!' @1:70-1:71
                        NAME 'r' @1:71-1:72
                        COLON ':' @1:72-1:73
                        FSTRING_MIDDLE '^20' @1:73-1:76
                        RBRACE '}' @1:76-1:77
                        FSTRING_END ''' @1:77-1:78
                        NEWLINE '\\n' @1:78-1:79
                        FSTRING_START 'f"' @2:0-2:2
                        LBRACE '{' @2:2-2:3
                        FSTRING_START 'f'' @2:3-2:5
                        LBRACE '{' @2:5-2:6
                        NAME 'x' @2:6-2:7
                        RBRACE '}' @2:7-2:8
                        FSTRING_END ''' @2:8-2:9
                        RBRACE '}' @2:9-2:10
                        FSTRING_END '"' @2:10-2:11
                        FSTRING_START 'f"' @2:12-2:14
                        LBRACE '{' @2:14-2:15
                        STRING '"same"' @2:15-2:21
                        RBRACE '}' @2:21-2:22
                        FSTRING_END '"' @2:22-2:23
                        FSTRING_START 'f'' @2:24-2:26
                        LBRACE '{' @2:26-2:27
                        FSTRING_START 'f"' @2:27-2:29
                        LBRACE '{' @2:29-2:30
                        FSTRING_START 'f'' @2:30-2:32
                        LBRACE '{' @2:32-2:33
                        NUMBER '1' @2:33-2:34
                        RBRACE '}' @2:34-2:35
                        FSTRING_END ''' @2:35-2:36
                        RBRACE '}' @2:36-2:37
                        FSTRING_END '"' @2:37-2:38
                        RBRACE '}' @2:38-2:39
                        FSTRING_END ''' @2:39-2:40
                        FSTRING_START 'f'' @2:41-2:43
                        LBRACE '{' @2:43-2:44
                        LBRACE '{' @2:45-2:46
                        STRING '"a"' @2:46-2:49
                        COLON ':' @2:49-2:50
                        NUMBER '1' @2:51-2:52
                        RBRACE '}' @2:52-2:53
                        LSQB '[' @2:53-2:54
                        STRING '"a"' @2:54-2:57
                        RSQB ']' @2:57-2:58
                        RBRACE '}' @2:59-2:60
                        FSTRING_END ''' @2:60-2:61
                        FSTRING_START 'f'' @2:62-2:64
                        LBRACE '{' @2:64-2:65
                        LPAR '(' @2:65-2:66
                        NAME 'lambda' @2:66-2:72
                        NAME 'x' @2:73-2:74
                        COLON ':' @2:74-2:75
                        NAME 'x' @2:76-2:77
                        RPAR ')' @2:77-2:78
                        LPAR '(' @2:78-2:79
                        NUMBER '1' @2:79-2:80
                        RPAR ')' @2:80-2:81
                        RBRACE '}' @2:81-2:82
                        FSTRING_END ''' @2:82-2:83
                        NEWLINE '\\n' @2:83-2:84
                        FSTRING_START 'f'''' @3:0-3:4
                        FSTRING_MIDDLE 'a' @3:4-3:5
                        LBRACE '{' @3:5-3:6
                        NAME 'b' @4:0-4:1
                        RBRACE '}' @5:0-5:1
                        FSTRING_MIDDLE 'c' @5:1-5:2
                        FSTRING_END ''''' @5:2-5:5
                        FSTRING_START 'f'' @5:6-5:8
                        LBRACE '{' @5:8-5:9
                        NAME 'x' @5:9-5:10
                        COLON ':' @5:10-5:11
                        LBRACE '{' @5:11-5:12
                        NAME 'y' @5:12-5:13
                        RBRACE '}' @5:13-5:14
                        LBRACE '{' @5:14-5:15
                        NAME 'z' @5:15-5:16
                        RBRACE '}' @5:16-5:17
                        FSTRING_MIDDLE '' @5:17-5:17
                        RBRACE '}' @5:17-5:18
                        FSTRING_END ''' @5:18-5:19
                        NEWLINE '\\n' @5:19-5:20
                        ENDMARKER '' @6:0-6:0
                        """);
    }

    /**
     * The one place where Taipan's tokens knowingly differ: an FSTRING_MIDDLE keeps both braces of
     * an escaped pair ("{{"), where CPython's tokenizer leaves the second out of the token
     * (tokenize shows FSTRING_MIDDLE '{' @1:2-1:3 and 'lit}' @1:4-1:8). The string's value and the
     * AST positions are the same.
     */
    @Test
    void doubledBracesInFString() {
        assertTokens("f'{{lit}}'\n", """
                        FSTRING_START 'f'' @1:0-1:2
                        FSTRING_MIDDLE '{{' @1:2-1:4
                        FSTRING_MIDDLE 'lit}}' @1:4-1:9
                        FSTRING_END ''' @1:9-1:10
                        NEWLINE '\\n' @1:10-1:11
                        ENDMARKER '' @2:0-2:0
                        """);
    }

    @Test
    void byteOrderMark() {
        assertTokens("\ufeffx = 1\n", """
                        NAME 'x' @1:0-1:1
                        EQUAL '=' @1:2-1:3
                        NUMBER '1' @1:4-1:5
                        NEWLINE '\\n' @1:5-1:6
                        ENDMARKER '' @2:0-2:0
                        """);
    }

    @Test
    void formFeed() {
        assertTokens("\fx = 1\nif a:\n  \f  b\n\f\nc\n", """
                        NAME 'x' @1:1-1:2
                        EQUAL '=' @1:3-1:4
                        NUMBER '1' @1:5-1:6
                        NEWLINE '\\n' @1:6-1:7
                        NAME 'if' @2:0-2:2
                        NAME 'a' @2:3-2:4
                        COLON ':' @2:4-2:5
                        NEWLINE '\\n' @2:5-2:6
                        INDENT '  \\f  ' @3:0-3:5
                        NAME 'b' @3:5-3:6
                        NEWLINE '\\n' @3:6-3:7
                        DEDENT '' @5:0-5:0
                        NAME 'c' @5:0-5:1
                        NEWLINE '\\n' @5:1-5:2
                        ENDMARKER '' @6:0-6:0
                        """);
    }

    @Test
    void finalLineWithoutNewline() {
        assertTokens("x = 1\nif a:\n    y", """
                        NAME 'x' @1:0-1:1
                        EQUAL '=' @1:2-1:3
                        NUMBER '1' @1:4-1:5
                        NEWLINE '\\n' @1:5-1:6
                        NAME 'if' @2:0-2:2
                        NAME 'a' @2:3-2:4
                        COLON ':' @2:4-2:5
                        NEWLINE '\\n' @2:5-2:6
                        INDENT '    ' @3:0-3:4
                        NAME 'y' @3:4-3:5
                        NEWLINE '' @3:5-3:6
                        DEDENT '' @4:0-4:0
                        ENDMARKER '' @4:0-4:0
                        """);
    }

    @Test
    void finalCommentWithoutNewline() {
        assertTokens("x\n# c", """
                        NAME 'x' @1:0-1:1
                        NEWLINE '\\n' @1:1-1:2
                        ENDMARKER '' @3:0-3:0
                        """);
    }

    @Test
    void crlfLineEndings() {
        assertTokens("x = 1\r\ny = (1,\r\n 2)\r\nif a:\r\n  b\r\n", """
                        NAME 'x' @1:0-1:1
                        EQUAL '=' @1:2-1:3
                        NUMBER '1' @1:4-1:5
                        NEWLINE '\\r\\n' @1:5-1:7
                        NAME 'y' @2:0-2:1
                        EQUAL '=' @2:2-2:3
                        LPAR '(' @2:4-2:5
                        NUMBER '1' @2:5-2:6
                        COMMA ',' @2:6-2:7
                        NUMBER '2' @3:1-3:2
                        RPAR ')' @3:2-3:3
                        NEWLINE '\\r\\n' @3:3-3:5
                        NAME 'if' @4:0-4:2
                        NAME 'a' @4:3-4:4
                        COLON ':' @4:4-4:5
                        NEWLINE '\\r\\n' @4:5-4:7
                        INDENT '  ' @5:0-5:2
                        NAME 'b' @5:2-5:3
                        NEWLINE '\\r\\n' @5:3-5:5
                        DEDENT '' @6:0-6:0
                        ENDMARKER '' @6:0-6:0
                        """);
    }

    @Test
    void operators() {
        assertTokens("a **= b //= c >>= d <<= e @= f -> g := h != i ... ~j ^ k |= l % m & n @ o == p <= q >= r < s > t ** u // v >> w << x -= y += z *= 1 /= 2 %= 3 &= 4 ^= 5\n", """
                        NAME 'a' @1:0-1:1
                        DOUBLESTAREQUAL '**=' @1:2-1:5
                        NAME 'b' @1:6-1:7
                        DOUBLESLASHEQUAL '//=' @1:8-1:11
                        NAME 'c' @1:12-1:13
                        RIGHTSHIFTEQUAL '>>=' @1:14-1:17
                        NAME 'd' @1:18-1:19
                        LEFTSHIFTEQUAL '<<=' @1:20-1:23
                        NAME 'e' @1:24-1:25
                        ATEQUAL '@=' @1:26-1:28
                        NAME 'f' @1:29-1:30
                        RARROW '->' @1:31-1:33
                        NAME 'g' @1:34-1:35
                        COLONEQUAL ':=' @1:36-1:38
                        NAME 'h' @1:39-1:40
                        NOTEQUAL '!=' @1:41-1:43
                        NAME 'i' @1:44-1:45
                        ELLIPSIS '...' @1:46-1:49
                        TILDE '~' @1:50-1:51
                        NAME 'j' @1:51-1:52
                        CIRCUMFLEX '^' @1:53-1:54
                        NAME 'k' @1:55-1:56
                        VBAREQUAL '|=' @1:57-1:59
                        NAME 'l' @1:60-1:61
                        PERCENT '%' @1:62-1:63
                        NAME 'm' @1:64-1:65
                        AMPER '&' @1:66-1:67
                        NAME 'n' @1:68-1:69
                        AT '@' @1:70-1:71
                        NAME 'o' @1:72-1:73
                        EQEQUAL '==' @1:74-1:76
                        NAME 'p' @1:77-1:78
                        LESSEQUAL '<=' @1:79-1:81
                        NAME 'q' @1:82-1:83
                        GREATEREQUAL '>=' @1:84-1:86
                        NAME 'r' @1:87-1:88
                        LESS '<' @1:89-1:90
                        NAME 's' @1:91-1:92
                        GREATER '>' @1:93-1:94
                        NAME 't' @1:95-1:96
                        DOUBLESTAR '**' @1:97-1:99
                        NAME 'u' @1:100-1:101
                        DOUBLESLASH '//' @1:102-1:104
                        NAME 'v' @1:105-1:106
                        RIGHTSHIFT '>>' @1:107-1:109
                        NAME 'w' @1:110-1:111
                        LEFTSHIFT '<<' @1:112-1:114
                        NAME 'x' @1:115-1:116
                        MINEQUAL '-=' @1:117-1:119
                        NAME 'y' @1:120-1:121
                        PLUSEQUAL '+=' @1:122-1:124
                        NAME 'z' @1:125-1:126
                        STAREQUAL '*=' @1:127-1:129
                        NUMBER '1' @1:130-1:131
                        SLASHEQUAL '/=' @1:132-1:134
                        NUMBER '2' @1:135-1:136
                        PERCENTEQUAL '%=' @1:137-1:139
                        NUMBER '3' @1:140-1:141
                        AMPEREQUAL '&=' @1:142-1:144
                        NUMBER '4' @1:145-1:146
                        CIRCUMFLEXEQUAL '^=' @1:147-1:149
                        NUMBER '5' @1:150-1:151
                        NEWLINE '\\n' @1:151-1:152
                        ENDMARKER '' @2:0-2:0
                        """);
    }

    @Test
    void nonAsciiNames() {
        assertTokens("\u00e4 = '\u00fc'\n\u540d\u524d = 1 + \u00e4\n", """
                        NAME 'ä' @1:0-1:1
                        EQUAL '=' @1:2-1:3
                        STRING ''ü'' @1:4-1:7
                        NEWLINE '\\n' @1:7-1:8
                        NAME '名前' @2:0-2:2
                        EQUAL '=' @2:3-2:4
                        NUMBER '1' @2:5-2:6
                        PLUS '+' @2:7-2:8
                        NAME 'ä' @2:9-2:10
                        NEWLINE '\\n' @2:10-2:11
                        ENDMARKER '' @3:0-3:0
                        """);
    }

    @Test
    void keywordsAreNames() {
        assertTokens("async def f(): await x\nmatch y:\n case _: pass\ntype T = int\n", """
                        NAME 'async' @1:0-1:5
                        NAME 'def' @1:6-1:9
                        NAME 'f' @1:10-1:11
                        LPAR '(' @1:11-1:12
                        RPAR ')' @1:12-1:13
                        COLON ':' @1:13-1:14
                        NAME 'await' @1:15-1:20
                        NAME 'x' @1:21-1:22
                        NEWLINE '\\n' @1:22-1:23
                        NAME 'match' @2:0-2:5
                        NAME 'y' @2:6-2:7
                        COLON ':' @2:7-2:8
                        NEWLINE '\\n' @2:8-2:9
                        INDENT ' ' @3:0-3:1
                        NAME 'case' @3:1-3:5
                        NAME '_' @3:6-3:7
                        COLON ':' @3:7-3:8
                        NAME 'pass' @3:9-3:13
                        NEWLINE '\\n' @3:13-3:14
                        DEDENT '' @4:0-4:0
                        NAME 'type' @4:0-4:4
                        NAME 'T' @4:5-4:6
                        EQUAL '=' @4:7-4:8
                        NAME 'int' @4:9-4:12
                        NEWLINE '\\n' @4:12-4:13
                        ENDMARKER '' @5:0-5:0
                        """);
    }
}
