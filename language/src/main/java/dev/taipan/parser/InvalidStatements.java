package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.AS;
import static dev.taipan.parser.TokenKind.ASYNC;
import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DEF;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.EXCEPT;
import static dev.taipan.parser.TokenKind.FINALLY;
import static dev.taipan.parser.TokenKind.FOR;
import static dev.taipan.parser.TokenKind.FROM;
import static dev.taipan.parser.TokenKind.IF;
import static dev.taipan.parser.TokenKind.IN;
import static dev.taipan.parser.TokenKind.INDENT;
import static dev.taipan.parser.TokenKind.LPAR;
import static dev.taipan.parser.TokenKind.LSQB;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.NEWLINE;
import static dev.taipan.parser.TokenKind.RARROW;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.STAR;
import static dev.taipan.parser.TokenKind.WITH;
import static dev.taipan.parser.TokenKind.YIELD;

import dev.taipan.parser.ParserBase.ParseFailure;
import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.Expr;

/**
 * CPython's invalid_* rules for statements, run in the error pass: missing colons, missing
 * indented blocks ("expected an indented block after 'if' statement on line N"), invalid
 * assignment and del targets, and the like. Each method matches its rule from the current
 * position and throws the rule's error, or leaves the position unchanged.
 */
final class InvalidStatements {
    private InvalidStatements() {
    }

    private static boolean atFor(StatementParser p) {
        return p.at(FOR) || (p.at(ASYNC) && p.kindAt(1) == FOR);
    }

    /** After a header's ':' — NEWLINE !INDENT means the block is missing. */
    private static boolean missingBlock(StatementParser p) {
        return p.at(NEWLINE) && p.kindAt(1) != INDENT;
    }

    private static SyntaxErrorException expectedBlock(StatementParser p, String what, int line) {
        return p.errorAtLastToken(Kind.INDENTATION_ERROR, "expected an indented block after " + what + " on line " + line);
    }

    private static SyntaxErrorException expectedColon(StatementParser p) {
        return p.errorAtLastToken(Kind.SYNTAX_ERROR, "expected ':'");
    }

    // ---- simple statements ----

    /** invalid_assignment */
    static void invalidAssignment(StatementParser p) {
        int start = p.pos;
        // invalid_ann_assign_target ':' expression
        try {
            Expr a = annAssignTarget(p);
            if (a != null && p.accept(COLON)) {
                p.expression();
                throw p.errors.range("only single target (not " + InvalidTargets.exprName(a) + ") can be annotated", a.start(), a.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
        // star_named_expression ',' star_named_expressions* ':' expression
        try {
            Expr a = p.starNamedExpression();
            p.expect(COMMA);
            while (true) {
                int save = p.pos;
                try {
                    p.starNamedExpression();
                } catch (ParseFailure f) {
                    p.pos = save;
                    break;
                }
                if (!p.accept(COMMA)) {
                    break;
                }
            }
            p.expect(COLON);
            p.expression();
            throw p.errors.range("only single target (not tuple) can be annotated", a.start(), a.end());
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
        // expression ':' expression
        try {
            Expr a = p.expression();
            p.expect(COLON);
            p.expression();
            throw p.errors.range("illegal target for annotation", a.start(), a.end());
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
        // (star_targets '=')* star_expressions '='
        skipTargetsAndEquals(p);
        try {
            Expr a = p.starExpressions();
            p.expect(EQUAL);
            Expr bad = InvalidTargets.invalidTarget(a, InvalidTargets.Type.STAR);
            if (bad != null) {
                throw p.errors.range("cannot assign to " + InvalidTargets.exprName(bad), bad.start(), bad.end());
            }
            p.pos = start;
            return;
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
        // (star_targets '=')* yield_expr '='
        skipTargetsAndEquals(p);
        try {
            if (p.at(YIELD)) {
                Expr a = p.yieldExpr();
                p.expect(EQUAL);
                throw p.errors.range("assignment to yield expression not possible", a.start(), a.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
        // star_expressions augassign (yield_expr | star_expressions)
        try {
            Expr a = p.starExpressions();
            if (isAugAssign(p.kind())) {
                p.pos++;
                if (p.at(YIELD)) {
                    p.yieldExpr();
                } else {
                    p.starExpressions();
                }
                throw p.errors.range("'" + InvalidTargets.exprName(a) + "' is an illegal expression for augmented assignment", a.start(), a.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = start;
    }

    private static boolean isAugAssign(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL, MINEQUAL, STAREQUAL, ATEQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL,
                            RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASHEQUAL ->
                true;
            default -> false;
        };
    }

    /** (star_targets '=')* */
    private static void skipTargetsAndEquals(StatementParser p) {
        while (true) {
            int save = p.pos;
            try {
                p.starTargets();
                p.expect(EQUAL);
            } catch (ParseFailure f) {
                p.pos = save;
                return;
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    private static Expr annAssignTarget(StatementParser p) {
        int save = p.pos;
        TokenKind k = p.kind();
        if (k != LSQB && k != LPAR) {
            return null;
        }
        try {
            Expr e = p.atom();
            if (k == LSQB && e instanceof Expr.ListExpr) {
                return e;
            }
            if (k == LPAR && e instanceof Expr.Tuple && e.start() == p.tokens[save].start) {
                return e;
            }
        } catch (ParseFailure f) {
            // try the parenthesised form
        }
        p.pos = save;
        if (k == LPAR) {
            p.pos++;
            Expr inner = annAssignTarget(p);
            if (inner != null && p.accept(RPAR)) {
                return inner;
            }
        }
        p.pos = save;
        return null;
    }

    /** invalid_del_stmt: 'del' star_expressions */
    static void invalidDel(StatementParser p) {
        int save = p.pos;
        try {
            p.pos++;
            Expr a = p.starExpressions();
            Expr bad = InvalidTargets.invalidTarget(a, InvalidTargets.Type.DEL);
            if (bad != null) {
                throw p.errors.range("cannot delete " + InvalidTargets.exprName(bad), bad.start(), bad.end());
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_import: 'import' ','.dotted_name+ 'from' dotted_name */
    static void invalidImport(StatementParser p) {
        int save = p.pos;
        try {
            Token a = p.advance();
            p.dottedName();
            while (p.accept(COMMA)) {
                p.dottedName();
            }
            p.expect(FROM);
            p.dottedName();
            throw p.errorStartingFrom("Did you mean to use 'from ... import ...' instead?", a.start);
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    // ---- compound statement headers ----

    /** invalid_if_stmt, invalid_elif_stmt, invalid_while_stmt */
    static void invalidConditional(StatementParser p, String keyword, boolean lineOfCondition) {
        int save = p.pos;
        try {
            p.advance();
            p.namedExpression();
            if (p.at(NEWLINE)) {
                throw expectedColon(p);
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
        try {
            Token kw = p.advance();
            Expr cond = p.namedExpression();
            p.expect(COLON);
            if (missingBlock(p)) {
                int line = lineOfCondition ? p.errors.line(cond.start()) : p.tokenLine(kw);
                throw expectedBlock(p, "'" + keyword + "' statement", line);
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_else_stmt, invalid_finally_stmt: keyword ':' NEWLINE !INDENT */
    static void invalidBlockHeader(StatementParser p, String keyword) {
        int save = p.pos;
        Token kw = p.advance();
        if (p.accept(COLON) && missingBlock(p)) {
            throw expectedBlock(p, "'" + keyword + "' statement", p.tokenLine(kw));
        }
        p.pos = save;
    }

    /** invalid_for_stmt */
    static void invalidForStmt(StatementParser p) {
        int save = p.pos;
        for (int alt = 0; alt < 2; alt++) {
            try {
                p.accept(ASYNC);
                Token kw = p.expect(FOR);
                p.starTargets();
                p.expect(IN);
                p.starExpressions();
                if (alt == 0) {
                    if (p.at(NEWLINE)) {
                        throw expectedColon(p);
                    }
                } else {
                    p.expect(COLON);
                    if (missingBlock(p)) {
                        throw expectedBlock(p, "'for' statement", p.tokenLine(kw));
                    }
                }
            } catch (ParseFailure f) {
                // no match
            }
            p.pos = save;
        }
    }

    /**
     * The with-statement header without its ':' (alternative 0 and 1: plain items, parenthesised
     * items); returns the 'with' token, or null.
     */
    private static Token withHeader(StatementParser p, boolean parenthesized) {
        p.accept(ASYNC);
        Token kw = p.expect(WITH);
        if (parenthesized) {
            p.expect(LPAR);
        }
        while (true) {
            if (parenthesized) {
                p.expressions();
            } else {
                p.expression();
            }
            if (p.at(AS)) {
                int save = p.pos;
                p.pos++;
                try {
                    p.starTarget();
                } catch (ParseFailure f) {
                    p.pos = save;
                }
            }
            if (!p.at(COMMA)) {
                break;
            }
            if (parenthesized && p.kindAt(1) == RPAR) {
                p.pos++;
                break;
            }
            p.pos++;
        }
        if (parenthesized) {
            p.expect(RPAR);
        }
        return kw;
    }

    /** invalid_with_stmt_indent */
    static void invalidWithStmtIndent(StatementParser p) {
        int save = p.pos;
        for (int alt = 0; alt < 2; alt++) {
            try {
                Token kw = withHeader(p, alt == 1);
                p.expect(COLON);
                if (missingBlock(p)) {
                    throw expectedBlock(p, "'with' statement", p.tokenLine(kw));
                }
            } catch (ParseFailure f) {
                // no match
            }
            p.pos = save;
        }
    }

    /** invalid_with_stmt */
    static void invalidWithStmt(StatementParser p) {
        int save = p.pos;
        for (int alt = 0; alt < 2; alt++) {
            try {
                withHeader(p, alt == 1);
                if (p.at(NEWLINE)) {
                    throw expectedColon(p);
                }
            } catch (ParseFailure f) {
                // no match
            }
            p.pos = save;
        }
    }

    /** invalid_with_item: expression 'as' expression &(',' | ')' | ':') — at the 'as'. */
    static void invalidWithItem(StatementParser p) {
        int save = p.pos;
        try {
            p.expect(AS);
            Expr a = p.expression();
            TokenKind k = p.kind();
            if (k == COMMA || k == RPAR || k == COLON) {
                Expr bad = InvalidTargets.invalidTarget(a, InvalidTargets.Type.STAR);
                if (bad != null) {
                    throw p.errors.range("cannot assign to " + InvalidTargets.exprName(bad), bad.start(), bad.end());
                }
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_try_stmt */
    static void invalidTryStmt(StatementParser p) {
        int save = p.pos;
        Token kw = p.advance();
        if (p.accept(COLON) && missingBlock(p)) {
            throw expectedBlock(p, "'try' statement", p.tokenLine(kw));
        }
        p.pos = save;
        try {
            p.pos++;
            p.expect(COLON);
            p.block();
            if (!p.at(EXCEPT) && !p.at(FINALLY)) {
                throw p.errorAtLastToken(Kind.SYNTAX_ERROR, "expected 'except' or 'finally' block");
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
        for (int alt = 0; alt < 2; alt++) {
            boolean star = alt == 1;
            try {
                p.pos++;
                p.expect(COLON);
                while (true) {
                    int b = p.pos;
                    try {
                        p.block();
                    } catch (ParseFailure f) {
                        p.pos = b;
                        break;
                    }
                }
                int handlers = 0;
                while (p.at(EXCEPT) && (p.kindAt(1) == STAR) == star) {
                    int h = p.pos;
                    try {
                        p.exceptBlock(star);
                        handlers++;
                    } catch (ParseFailure f) {
                        p.pos = h;
                        break;
                    }
                }
                if (handlers > 0 && p.at(EXCEPT)) {
                    Token a = p.advance();
                    if (!star) {
                        if (p.at(STAR)) {
                            Token b = p.advance();
                            p.expression();
                            if (p.accept(AS)) {
                                p.expect(NAME);
                            }
                            p.expect(COLON);
                            throw p.errorRange("cannot have both 'except' and 'except*' on the same 'try'", a, b);
                        }
                    } else {
                        if (!p.at(COLON)) {
                            p.expression();
                            if (p.accept(AS)) {
                                p.expect(NAME);
                            }
                        }
                        p.expect(COLON);
                        throw p.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", a);
                    }
                }
            } catch (ParseFailure f) {
                // no match
            }
            p.pos = save;
        }
    }

    /** invalid_except_stmt_indent / invalid_except_star_stmt_indent */
    static void invalidExceptIndent(StatementParser p, boolean star) {
        int save = p.pos;
        try {
            Token kw = p.advance();
            if (star) {
                p.expect(STAR);
                p.expression();
            } else if (!p.at(COLON)) {
                p.expression();
            }
            if (p.accept(AS)) {
                p.expect(NAME);
            }
            p.expect(COLON);
            if (missingBlock(p)) {
                throw expectedBlock(p, star ? "'except*' statement" : "'except' statement", p.tokenLine(kw));
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_except_stmt */
    static void invalidExceptStmt(StatementParser p) {
        int save = p.pos;
        // 'except' '*'? expression ',' expressions ['as' NAME ] ':'
        try {
            p.advance();
            p.accept(STAR);
            Expr a = p.expression();
            p.expect(COMMA);
            p.expressions();
            if (p.accept(AS)) {
                p.expect(NAME);
            }
            p.expect(COLON);
            throw p.errorStartingFrom("multiple exception types must be parenthesized", a.start());
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
        // 'except' '*'? expression ['as' NAME ] NEWLINE
        try {
            p.advance();
            p.accept(STAR);
            p.expression();
            if (p.accept(AS)) {
                p.expect(NAME);
            }
            if (p.at(NEWLINE)) {
                throw expectedColon(p);
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
        // 'except' NEWLINE
        p.advance();
        if (p.at(NEWLINE)) {
            throw expectedColon(p);
        }
        // 'except' '*' (NEWLINE | ':')
        if (p.accept(STAR) && (p.at(NEWLINE) || p.at(COLON))) {
            throw p.errorAtLastToken(Kind.SYNTAX_ERROR, "expected one or more exception types");
        }
        p.pos = save;
    }

    // ---- definitions ----

    /** invalid_def_raw: [ASYNC] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
    static void invalidDefRaw(StatementParser p) {
        int save = p.pos;
        try {
            p.accept(ASYNC);
            Token kw = p.expect(DEF);
            p.expect(NAME);
            if (p.typeParams() == null) {
                throw ParserBase.fail();
            }
            p.expect(LPAR);
            int paramsStart = p.pos;
            try {
                p.functionParameters();
            } catch (ParseFailure f) {
                p.pos = paramsStart;
            }
            p.expect(RPAR);
            if (p.accept(RARROW)) {
                p.expression();
            }
            p.expect(COLON);
            if (missingBlock(p)) {
                throw expectedBlock(p, "function definition", p.tokenLine(kw));
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_class_def_raw */
    static void invalidClassDefRaw(StatementParser p) {
        int save = p.pos;
        try {
            Token kw = p.advance();
            p.expect(NAME);
            if (p.typeParams() == null) {
                throw ParserBase.fail();
            }
            if (p.at(LPAR)) {
                int argsStart = p.pos;
                try {
                    p.callArguments(kw.start, null, false);
                } catch (ParseFailure f) {
                    p.pos = argsStart;
                }
            }
            if (p.at(NEWLINE)) {
                throw expectedColon(p);
            }
            p.expect(COLON);
            if (missingBlock(p)) {
                throw expectedBlock(p, "class definition", p.tokenLine(kw));
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    // ---- match ----

    /** invalid_match_stmt */
    static void invalidMatchStmt(StatementParser p) {
        int save = p.pos;
        try {
            Token kw = p.advance();
            p.subjectExpr();
            if (p.at(NEWLINE)) {
                throw expectedColon(p);
            }
            p.expect(COLON);
            if (missingBlock(p)) {
                throw expectedBlock(p, "'match' statement", p.tokenLine(kw));
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }

    /** invalid_case_block */
    static void invalidCaseBlock(StatementParser p) {
        int save = p.pos;
        if (!p.atSoftKeyword("case")) {
            return;
        }
        try {
            Token kw = p.advance();
            p.patterns();
            if (p.accept(IF)) {
                p.namedExpression();
            }
            if (p.at(NEWLINE)) {
                throw expectedColon(p);
            }
            p.expect(COLON);
            if (missingBlock(p)) {
                throw expectedBlock(p, "'case' statement", p.tokenLine(kw));
            }
        } catch (ParseFailure f) {
            // no match
        }
        p.pos = save;
    }
}
