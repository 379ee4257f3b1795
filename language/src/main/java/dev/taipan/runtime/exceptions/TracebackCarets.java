package dev.taipan.runtime.exceptions;

import com.oracle.truffle.api.source.SourceSection;

import dev.taipan.parser.InputMode;
import dev.taipan.parser.Parser;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Stmt;

/**
 * The marker line under a traceback's source line (PEP 657), as CPython 3.12 prints it:
 * {@code ~^~} under a failing binary operation (operands '~', operator '^'), {@code ~^^^} under
 * a subscript, plain '^' under any other expression, and nothing when the failing expression
 * is the whole line.
 */
final class TracebackCarets {
    private TracebackCarets() {
    }

    /** The caret line for {@code section} on {@code lineText}, or null. */
    static String forSection(String lineText, SourceSection section) {
        if (section == null || !section.isAvailable() || section.getStartLine() != section.getEndLine()) {
            return null;
        }
        int lineStart = section.getSource().getLineStartOffset(section.getStartLine());
        int start = section.getCharIndex() - lineStart;
        int end = section.getCharEndIndex() - lineStart;
        String line = stripNewline(lineText);
        if (start < 0 || end > line.length() || start >= end) {
            return null;
        }
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        int strippedLength = line.strip().length();
        int[] anchors = anchors(line.substring(start, end));
        if (anchors == null && end - start >= strippedLength) {
            return null;
        }
        StringBuilder sb = new StringBuilder("    ");
        sb.append(" ".repeat(start - indent));
        for (int i = 0; i < end - start; i++) {
            sb.append(anchors == null || (i >= anchors[0] && i < anchors[1]) ? '^' : '~');
        }
        return sb.toString();
    }

    private static String stripNewline(String s) {
        int n = s.length();
        while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
            n--;
        }
        return s.substring(0, n);
    }

    /** [from, to) of the primary marker within the segment, for a binary operation or subscript. */
    private static int[] anchors(String segment) {
        Expr e;
        try {
            Mod mod = Parser.parse(segment, InputMode.FILE);
            if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt es)) {
                return null;
            }
            e = es.value();
        } catch (RuntimeException ex) {
            return null;
        }
        if (e instanceof Expr.BinOp b) {
            for (int i = b.left().end(); i < b.right().start(); i++) {
                char c = segment.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                int to = i + 1;
                if (i + 1 < b.right().start() && !Character.isWhitespace(segment.charAt(i + 1))) {
                    to++;
                }
                if (i + 1 < b.right().start() && c == ')') {
                    continue;
                }
                return new int[]{i, to};
            }
            return null;
        }
        if (e instanceof Expr.Subscript s) {
            int left = s.value().end();
            int right = s.slice().end() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[]{left, right};
        }
        return null;
    }
}
