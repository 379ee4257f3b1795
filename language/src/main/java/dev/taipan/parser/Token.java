package dev.taipan.parser;

/**
 * One token: kind, the char range [start, end) in the source, the operator/name text, and the
 * decoded value of literals (Long/BigInteger/Double/ImaginaryConstant for numbers,
 * String/BytesConstant for strings).
 */
public record Token(TokenKind kind, int start, int end, String text, Object value) {

    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + start;
    }
}
