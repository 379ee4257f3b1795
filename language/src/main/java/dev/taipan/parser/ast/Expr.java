package dev.taipan.parser.ast;

import java.util.List;

/**
 * Expressions, one record per CPython {@code ast} expression class with the same fields. Optional
 * fields are {@code null} when absent; lists are never null.
 */
public sealed interface Expr extends Node {

    record BoolOp(int start, int end, BoolOperator op, List<Expr> values) implements Expr {
    }

    /** {@code target := value}; target is always a Name. */
    record NamedExpr(int start, int end, Expr target, Expr value) implements Expr {
    }

    record BinOp(int start, int end, Expr left, Operator op, Expr right) implements Expr {
    }

    record UnaryOp(int start, int end, UnaryOperator op, Expr operand) implements Expr {
    }

    record Lambda(int start, int end, Arguments args, Expr body) implements Expr {
    }

    record IfExp(int start, int end, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** A dict display; a {@code null} key marks a {@code **mapping} item. */
    record Dict(int start, int end, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record Set(int start, int end, List<Expr> elts) implements Expr {
    }

    record ListComp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record SetComp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record DictComp(int start, int end, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    record GeneratorExp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record Await(int start, int end, Expr value) implements Expr {
    }

    record Yield(int start, int end, Expr value) implements Expr {
    }

    record YieldFrom(int start, int end, Expr value) implements Expr {
    }

    record Compare(int start, int end, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {
    }

    record Call(int start, int end, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or one of 's', 'r',
     * 'a'; {@code formatSpec} is a JoinedStr or null.
     */
    record FormattedValue(int start, int end, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    record JoinedStr(int start, int end, List<Expr> values) implements Expr {
    }

    /**
     * A literal. {@code value} is a Boolean, Long, BigInteger, Double, String,
     * {@link BytesConstant}, {@link ImaginaryConstant} or {@link ConstantSingleton};
     * {@code kind} is "u" for u-prefixed strings, else null.
     */
    record Constant(int start, int end, Object value, String kind) implements Expr {
    }

    record Attribute(int start, int end, Expr value, String attr, ExprContext ctx) implements Expr {
    }

    record Subscript(int start, int end, Expr value, Expr slice, ExprContext ctx) implements Expr {
    }

    record Starred(int start, int end, Expr value, ExprContext ctx) implements Expr {
    }

    record Name(int start, int end, String id, ExprContext ctx) implements Expr {
    }

    /** CPython's {@code List} (renamed to keep clear of java.util.List). */
    record ListExpr(int start, int end, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    record Tuple(int start, int end, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    record Slice(int start, int end, Expr lower, Expr upper, Expr step) implements Expr {
    }
}
