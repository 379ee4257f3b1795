package dev.taipan.parser.ast;

import java.util.List;

/** Statements, one record per CPython {@code ast} statement class with the same fields. */
public sealed interface Stmt extends Node {

    /** {@code def} and {@code async def} (CPython's FunctionDef and AsyncFunctionDef). */
    record FunctionDef(int start, int end, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                    List<TypeParam> typeParams, boolean isAsync) implements Stmt {
    }

    record ClassDef(int start, int end, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList,
                    List<TypeParam> typeParams) implements Stmt {
    }

    record Return(int start, int end, Expr value) implements Stmt {
    }

    record Delete(int start, int end, List<Expr> targets) implements Stmt {
    }

    record Assign(int start, int end, List<Expr> targets, Expr value) implements Stmt {
    }

    /** {@code type Name[params] = value} (PEP 695). */
    record TypeAlias(int start, int end, Expr name, List<TypeParam> typeParams, Expr value) implements Stmt {
    }

    record AugAssign(int start, int end, Expr target, Operator op, Expr value) implements Stmt {
    }

    /** {@code simple} is true for a bare name target not in parentheses. */
    record AnnAssign(int start, int end, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    /** {@code for} and {@code async for}. */
    record For(int start, int end, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync) implements Stmt {
    }

    record While(int start, int end, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record If(int start, int end, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code with} and {@code async with}. */
    record With(int start, int end, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    record Match(int start, int end, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    record Raise(int start, int end, Expr exc, Expr cause) implements Stmt {
    }

    /** {@code try} and {@code try ... except*} (CPython's Try and TryStar). */
    record Try(int start, int end, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, boolean isStar) implements Stmt {
    }

    record Assert(int start, int end, Expr test, Expr msg) implements Stmt {
    }

    record Import(int start, int end, List<Alias> names) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}. */
    record ImportFrom(int start, int end, String module, List<Alias> names, int level) implements Stmt {
    }

    record Global(int start, int end, List<String> names) implements Stmt {
    }

    record Nonlocal(int start, int end, List<String> names) implements Stmt {
    }

    record ExprStmt(int start, int end, Expr value) implements Stmt {
    }

    record Pass(int start, int end) implements Stmt {
    }

    record Break(int start, int end) implements Stmt {
    }

    record Continue(int start, int end) implements Stmt {
    }
}
