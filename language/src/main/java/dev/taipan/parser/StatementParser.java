package dev.taipan.parser;

import static dev.taipan.parser.TokenKind.AS;
import static dev.taipan.parser.TokenKind.ASYNC;
import static dev.taipan.parser.TokenKind.AT;
import static dev.taipan.parser.TokenKind.CLASS;
import static dev.taipan.parser.TokenKind.COLON;
import static dev.taipan.parser.TokenKind.COMMA;
import static dev.taipan.parser.TokenKind.DEDENT;
import static dev.taipan.parser.TokenKind.DEF;
import static dev.taipan.parser.TokenKind.DOT;
import static dev.taipan.parser.TokenKind.ELIF;
import static dev.taipan.parser.TokenKind.ELLIPSIS;
import static dev.taipan.parser.TokenKind.ELSE;
import static dev.taipan.parser.TokenKind.ENDMARKER;
import static dev.taipan.parser.TokenKind.EQUAL;
import static dev.taipan.parser.TokenKind.EXCEPT;
import static dev.taipan.parser.TokenKind.FINALLY;
import static dev.taipan.parser.TokenKind.FOR;
import static dev.taipan.parser.TokenKind.FROM;
import static dev.taipan.parser.TokenKind.IF;
import static dev.taipan.parser.TokenKind.IMPORT;
import static dev.taipan.parser.TokenKind.IN;
import static dev.taipan.parser.TokenKind.INDENT;
import static dev.taipan.parser.TokenKind.LPAR;
import static dev.taipan.parser.TokenKind.NAME;
import static dev.taipan.parser.TokenKind.NEWLINE;
import static dev.taipan.parser.TokenKind.RARROW;
import static dev.taipan.parser.TokenKind.RPAR;
import static dev.taipan.parser.TokenKind.SEMI;
import static dev.taipan.parser.TokenKind.STAR;
import static dev.taipan.parser.TokenKind.WITH;
import static dev.taipan.parser.TokenKind.YIELD;

import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.Alias;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.ExceptHandler;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.TypeParam;
import dev.taipan.parser.ast.WithItem;

import java.util.ArrayList;
import java.util.List;

/** Statements and the three start rules (file, interactive, eval). */
final class StatementParser extends PatternParser {

    StatementParser(String source, SyntaxErrors errors, Token[] tokens, Tokenizer tokenizer, InputMode mode) {
        super(source, errors, tokens, tokenizer, mode);
    }

    // ---- start rules ----

    Mod parseMod() {
        pos = 0;
        return switch (mode) {
            case FILE -> file();
            case EVAL -> eval();
            case SINGLE, INTERACTIVE -> interactive();
        };
    }

    /** file: [statements] ENDMARKER */
    private Mod file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(List.copyOf(body));
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    private Mod eval() {
        Expr e = expressions();
        while (accept(NEWLINE)) {
            // trailing newlines
        }
        expect(ENDMARKER);
        return new Mod.Expression(e);
    }

    /** interactive: statement_newline */
    private Mod interactive() {
        Token t = tok();
        if (t.kind == NEWLINE) {
            pos++;
            return new Mod.Interactive(List.of(new Stmt.Pass(t.start, t.end)));
        }
        if (t.kind == ENDMARKER) {
            throw fail();
        }
        List<Stmt> body = new ArrayList<>();
        Stmt s = compoundStatement();
        if (s != null) {
            expect(NEWLINE);
            body.add(s);
        } else {
            simpleStmts(body);
        }
        return new Mod.Interactive(List.copyOf(body));
    }

    // ---- statements ----

    /** statement: compound_stmt | simple_stmts */
    private void statement(List<Stmt> out) {
        Stmt s = compoundStatement();
        if (s != null) {
            out.add(s);
            return;
        }
        simpleStmts(out);
    }

    /** A compound statement, or null when the tokens do not start one. */
    private Stmt compoundStatement() {
        Token t = tok();
        switch (t.kind) {
            case DEF:
                return functionDef(List.of());
            case AT:
                return decorated();
            case CLASS:
                return classDef(List.of());
            case IF:
                return ifStmt(IF);
            case WHILE:
                return whileStmt();
            case FOR:
                return forStmt();
            case WITH:
                return withStmt();
            case TRY:
                return tryStmt();
            case ASYNC: {
                TokenKind k = kindAt(1);
                if (k == DEF) {
                    return functionDef(List.of());
                } else if (k == WITH) {
                    return withStmt();
                } else if (k == FOR) {
                    return forStmt();
                }
                return null;
            }
            case NAME:
                if (t.text.equals("match")) {
                    return matchStmt();
                }
                return null;
            default:
                return null;
        }
    }

    /** simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
    private void simpleStmts(List<Stmt> out) {
        out.add(simpleStmt());
        while (accept(SEMI)) {
            if (at(NEWLINE)) {
                break;
            }
            out.add(simpleStmt());
        }
        expect(NEWLINE);
    }

    private Stmt simpleStmt() {
        Token t = tok();
        int start = t.start;
        switch (t.kind) {
            case RETURN: {
                pos++;
                Expr v = startsStarExpression(kind()) ? starExpressions() : null;
                return new Stmt.Return(start, lastEnd(), v);
            }
            case IMPORT:
                return importName();
            case FROM:
                return importFrom();
            case RAISE: {
                pos++;
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(kind())) {
                    exc = expression();
                    if (accept(FROM)) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(start, lastEnd(), exc, cause);
            }
            case PASS:
                pos++;
                return new Stmt.Pass(start, t.end);
            case BREAK:
                pos++;
                return new Stmt.Break(start, t.end);
            case CONTINUE:
                pos++;
                return new Stmt.Continue(start, t.end);
            case DEL:
                return delStmt();
            case YIELD: {
                if (callInvalidRules) {
                    InvalidStatements.invalidAssignment(this);
                }
                Expr y = yieldExpr();
                return new Stmt.ExprStmt(start, lastEnd(), y);
            }
            case ASSERT: {
                pos++;
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(start, lastEnd(), test, msg);
            }
            case GLOBAL:
            case NONLOCAL: {
                pos++;
                List<String> names = new ArrayList<>();
                names.add(expect(NAME).text);
                while (accept(COMMA)) {
                    names.add(expect(NAME).text);
                }
                return t.kind == TokenKind.GLOBAL ? new Stmt.Global(start, lastEnd(), List.copyOf(names)) : new Stmt.Nonlocal(start, lastEnd(), List.copyOf(names));
            }
            case NAME:
                if (t.text.equals("type") && kindAt(1) == NAME) {
                    int save = pos;
                    try {
                        return typeAlias();
                    } catch (ParseFailure f) {
                        pos = save;
                    }
                }
                return expressionStatement();
            default:
                return expressionStatement();
        }
    }

    /** type_alias: "type" NAME [type_params] '=' expression */
    private Stmt typeAlias() {
        Token kw = advance();
        Token n = expect(NAME);
        List<TypeParam> params = typeParams();
        if (params == null) {
            throw fail();
        }
        expect(EQUAL);
        Expr value = expression();
        return new Stmt.TypeAlias(kw.start, lastEnd(), new Expr.Name(n.start, n.end, n.text, ExprContext.STORE), params, value);
    }

    // ---- assignments and expression statements ----

    private static Operator augmentedOperator(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.ADD;
            case MINEQUAL -> Operator.SUB;
            case STAREQUAL -> Operator.MULT;
            case ATEQUAL -> Operator.MATMULT;
            case SLASHEQUAL -> Operator.DIV;
            case PERCENTEQUAL -> Operator.MOD;
            case AMPEREQUAL -> Operator.BITAND;
            case VBAREQUAL -> Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Operator.BITXOR;
            case LEFTSHIFTEQUAL -> Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Operator.RSHIFT;
            case DOUBLESTAREQUAL -> Operator.POW;
            case DOUBLESLASHEQUAL -> Operator.FLOORDIV;
            default -> null;
        };
    }

    /**
     * assignment | star_expressions. The left side is parsed once as star_expressions and then,
     * when '=', ':' or an augmented operator follows, checked and turned into a target.
     */
    private Stmt expressionStatement() {
        int startPos = pos;
        Token first = tok();
        try {
            int start = first.start;
            Expr e = starExpressions();
            Token t = tok();
            if (t.kind == EQUAL) {
                return assignment(start, e);
            }
            if (t.kind == COLON) {
                return annotatedAssignment(start, e, first);
            }
            Operator op = augmentedOperator(t.kind);
            if (op != null) {
                if (!TargetParser.isSingleTarget(e)) {
                    throw fail();
                }
                pos++;
                Expr value = at(YIELD) ? yieldExpr() : starExpressions();
                return new Stmt.AugAssign(start, lastEnd(), withContext(e, ExprContext.STORE), op, value);
            }
            return new Stmt.ExprStmt(start, lastEnd(), e);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = startPos;
                InvalidStatements.invalidAssignment(this);
                pos = startPos;
            }
            throw f;
        }
    }

    /** (star_targets '=')+ (yield_expr | star_expressions) */
    private Stmt assignment(int start, Expr firstTarget) {
        List<Expr> targets = new ArrayList<>();
        Expr t = withContext(firstTarget, ExprContext.STORE);
        if (t == null) {
            throw fail();
        }
        targets.add(t);
        while (true) {
            expect(EQUAL);
            Expr v = at(YIELD) ? yieldExpr() : starExpressions();
            if (!at(EQUAL)) {
                return new Stmt.Assign(start, lastEnd(), List.copyOf(targets), v);
            }
            t = withContext(v, ExprContext.STORE);
            if (t == null) {
                throw fail();
            }
            targets.add(t);
        }
    }

    /** NAME ':' expression ['=' annotated_rhs] | single_target ':' ... (not simple). */
    private Stmt annotatedAssignment(int start, Expr e, Token first) {
        boolean simple;
        if (e instanceof Expr.Name && first.kind == NAME) {
            simple = true;
        } else if (TargetParser.isSingleTarget(e) && (first.kind == LPAR || !(e instanceof Expr.Name))) {
            simple = false;
        } else {
            throw fail();
        }
        pos++;
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL)) {
            value = at(YIELD) ? yieldExpr() : starExpressions();
        }
        return new Stmt.AnnAssign(start, lastEnd(), withContext(e, ExprContext.STORE), annotation, value, simple);
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) */
    private Stmt delStmt() {
        int startPos = pos;
        int start = advance().start;
        try {
            List<Expr> targets = new ArrayList<>();
            targets.add(delTarget());
            while (accept(COMMA)) {
                if (!startsAtom(kind())) {
                    break;
                }
                targets.add(delTarget());
            }
            if (!at(SEMI) && !at(NEWLINE)) {
                throw fail();
            }
            return new Stmt.Delete(start, lastEnd(), List.copyOf(targets));
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = startPos;
                InvalidStatements.invalidDel(this);
                pos = startPos;
            }
            throw f;
        }
    }

    private Expr delTarget() {
        Expr e = withContext(primary(), ExprContext.DEL);
        if (e == null) {
            throw fail();
        }
        return e;
    }

    // ---- imports ----

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        if (callInvalidRules) {
            InvalidStatements.invalidImport(this);
        }
        int start = advance().start;
        List<Alias> names = new ArrayList<>();
        do {
            Token f = tok();
            String name = dottedName();
            String as = accept(AS) ? expect(NAME).text : null;
            names.add(new Alias(f.start, lastEnd(), name, as));
        } while (accept(COMMA));
        return new Stmt.Import(start, lastEnd(), List.copyOf(names));
    }

    /** dotted_name: NAME ('.' NAME)* */
    final String dottedName() {
        Token n = expect(NAME);
        if (!at(DOT)) {
            return n.text;
        }
        StringBuilder sb = new StringBuilder(n.text);
        while (accept(DOT)) {
            sb.append('.').append(expect(NAME).text);
        }
        return sb.toString();
    }

    /** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
    private Stmt importFrom() {
        int start = advance().start;
        int level = 0;
        while (true) {
            if (accept(DOT)) {
                level++;
            } else if (accept(ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (!at(IMPORT) || level == 0) {
            module = dottedName();
        }
        expect(IMPORT);
        List<Alias> names = importFromTargets();
        return new Stmt.ImportFrom(start, lastEnd(), module, names, level);
    }

    /** import_from_targets: '(' names [','] ')' | names !',' | '*' */
    private List<Alias> importFromTargets() {
        Token t = tok();
        if (t.kind == STAR) {
            pos++;
            return List.of(new Alias(t.start, t.end, "*", null));
        }
        if (t.kind == LPAR) {
            pos++;
            List<Alias> names = importFromAsNames();
            accept(COMMA);
            expect(RPAR);
            return names;
        }
        int startPos = pos;
        List<Alias> names = importFromAsNames();
        if (at(COMMA)) {
            if (callInvalidRules && kindAt(1) == NEWLINE) {
                pos++;
                tokAt(0);
                throw errorAtLastToken(Kind.SYNTAX_ERROR, "trailing comma not allowed without surrounding parentheses");
            }
            pos = startPos;
            throw fail();
        }
        return names;
    }

    private List<Alias> importFromAsNames() {
        List<Alias> names = new ArrayList<>();
        names.add(importFromAsName());
        while (at(COMMA) && kindAt(1) == NAME) {
            pos++;
            names.add(importFromAsName());
        }
        return List.copyOf(names);
    }

    private Alias importFromAsName() {
        Token n = expect(NAME);
        String as = accept(AS) ? expect(NAME).text : null;
        return new Alias(n.start, lastEnd(), n.text, as);
    }

    // ---- blocks ----

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
    final List<Stmt> block() {
        List<Stmt> body = new ArrayList<>();
        if (at(NEWLINE)) {
            if (kindAt(1) != INDENT) {
                if (callInvalidRules) {
                    throw errorAtLastToken(Kind.INDENTATION_ERROR, "expected an indented block");
                }
                throw fail();
            }
            pos += 2;
            do {
                statement(body);
            } while (!at(DEDENT));
            pos++;
            return List.copyOf(body);
        }
        simpleStmts(body);
        return List.copyOf(body);
    }

    // ---- compound statements ----

    /** if_stmt / elif_stmt */
    private Stmt ifStmt(TokenKind keyword) {
        if (callInvalidRules) {
            InvalidStatements.invalidConditional(this, keyword == IF ? "if" : "elif", keyword == IF);
        }
        Token kw = advance();
        Expr test = namedExpression();
        expect(COLON);
        List<Stmt> body = block();
        List<Stmt> orelse;
        if (at(ELIF)) {
            orelse = List.of(ifStmt(ELIF));
        } else if (at(ELSE)) {
            orelse = elseBlock();
        } else {
            orelse = List.of();
        }
        return new Stmt.If(kw.start, lastEnd(), test, body, orelse);
    }

    /** else_block: 'else' &&':' block */
    private List<Stmt> elseBlock() {
        if (callInvalidRules) {
            InvalidStatements.invalidBlockHeader(this, "else");
        }
        pos++;
        expectForced(COLON);
        return block();
    }

    private Stmt whileStmt() {
        if (callInvalidRules) {
            InvalidStatements.invalidConditional(this, "while", false);
        }
        Token kw = advance();
        Expr test = namedExpression();
        expect(COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.While(kw.start, lastEnd(), test, body, orelse);
    }

    /** for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
    private Stmt forStmt() {
        int startPos = pos;
        if (callInvalidRules) {
            InvalidStatements.invalidForStmt(this);
        }
        Token first = tok();
        boolean isAsync = accept(ASYNC);
        expect(FOR);
        Expr target;
        try {
            target = starTargets();
            expect(IN);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = startPos;
                invalidForTarget();
            }
            throw f;
        }
        Expr iter = starExpressions();
        expect(COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.For(first.start, lastEnd(), target, iter, body, orelse, isAsync);
    }

    /** with_stmt: [ASYNC] 'with' ('(' with_items ','? ')' | with_items) ':' block */
    private Stmt withStmt() {
        int startPos = pos;
        if (callInvalidRules) {
            InvalidStatements.invalidWithStmtIndent(this);
        }
        Token first = tok();
        boolean isAsync = accept(ASYNC);
        expect(WITH);
        List<WithItem> items = null;
        try {
            if (at(LPAR)) {
                int save = pos;
                try {
                    pos++;
                    List<WithItem> parenthesized = new ArrayList<>();
                    parenthesized.add(withItem());
                    while (accept(COMMA)) {
                        if (at(RPAR)) {
                            break;
                        }
                        parenthesized.add(withItem());
                    }
                    expect(RPAR);
                    if (!at(COLON)) {
                        throw fail();
                    }
                    items = List.copyOf(parenthesized);
                } catch (ParseFailure f) {
                    pos = save;
                }
            }
            if (items == null) {
                List<WithItem> plain = new ArrayList<>();
                plain.add(withItem());
                while (accept(COMMA)) {
                    plain.add(withItem());
                }
                items = List.copyOf(plain);
            }
            expect(COLON);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = startPos;
                InvalidStatements.invalidWithStmt(this);
                pos = startPos;
            }
            throw f;
        }
        List<Stmt> body = block();
        return new Stmt.With(first.start, lastEnd(), items, body, isAsync);
    }

    /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
    private WithItem withItem() {
        Expr e = expression();
        if (at(AS)) {
            int save = pos;
            pos++;
            try {
                Expr target = starTarget();
                TokenKind k = kind();
                if (k == COMMA || k == RPAR || k == COLON) {
                    return new WithItem(e, target);
                }
            } catch (ParseFailure f) {
                // not a target
            }
            pos = save;
            if (callInvalidRules) {
                InvalidStatements.invalidWithItem(this);
            }
        }
        return new WithItem(e, null);
    }

    /** try_stmt: 'try' &&':' block (finally_block | except_block+ ... | except_star_block+ ...) */
    private Stmt tryStmt() {
        if (callInvalidRules) {
            InvalidStatements.invalidTryStmt(this);
        }
        Token kw = advance();
        expectForced(COLON);
        List<Stmt> body = block();
        List<ExceptHandler> handlers = new ArrayList<>();
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        boolean star = false;
        if (at(EXCEPT)) {
            star = kindAt(1) == STAR;
            while (at(EXCEPT) && (kindAt(1) == STAR) == star) {
                handlers.add(exceptBlock(star));
            }
            if (at(ELSE)) {
                orelse = elseBlock();
            }
            if (at(FINALLY)) {
                finalbody = finallyBlock();
            }
        } else if (at(FINALLY)) {
            finalbody = finallyBlock();
        } else {
            throw fail();
        }
        return new Stmt.Try(kw.start, lastEnd(), body, List.copyOf(handlers), orelse, finalbody, star);
    }

    /** except_block / except_star_block */
    final ExceptHandler exceptBlock(boolean star) {
        int startPos = pos;
        if (callInvalidRules) {
            InvalidStatements.invalidExceptIndent(this, star);
        }
        Token kw = advance();
        Expr type = null;
        String name = null;
        try {
            if (star) {
                pos++;
            }
            if (!at(COLON) || star) {
                type = expression();
                if (accept(AS)) {
                    name = expect(NAME).text;
                }
            }
            expect(COLON);
        } catch (ParseFailure f) {
            if (callInvalidRules) {
                pos = startPos;
                InvalidStatements.invalidExceptStmt(this);
                pos = startPos;
            }
            throw f;
        }
        List<Stmt> body = block();
        return new ExceptHandler(kw.start, lastEnd(), type, name, body);
    }

    /** finally_block: 'finally' &&':' block */
    private List<Stmt> finallyBlock() {
        if (callInvalidRules) {
            InvalidStatements.invalidBlockHeader(this, "finally");
        }
        pos++;
        expectForced(COLON);
        return block();
    }

    // ---- definitions ----

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        List<Expr> decs = List.copyOf(decorators);
        TokenKind k = kind();
        if (k == DEF || (k == ASYNC && kindAt(1) == DEF)) {
            return functionDef(decs);
        }
        if (k == CLASS) {
            return classDef(decs);
        }
        throw fail();
    }

    private void invalidDefRaw() {
        InvalidStatements.invalidDefRaw(this);
    }

    /** function_def_raw: [ASYNC] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block */
    private Stmt functionDef(List<Expr> decorators) {
        if (callInvalidRules) {
            invalidDefRaw();
        }
        Token first = tok();
        boolean isAsync = accept(ASYNC);
        expect(DEF);
        Token name = expect(NAME);
        List<TypeParam> typeParams = typeParams();
        if (typeParams == null) {
            typeParams = List.of();
        }
        expectForced(LPAR);
        Arguments args = functionParameters();
        expect(RPAR);
        Expr returns = null;
        if (accept(RARROW)) {
            returns = expression();
        }
        expectForced(COLON);
        List<Stmt> body = block();
        return new Stmt.FunctionDef(first.start, lastEnd(), name.text, args, body, decorators, returns, typeParams, isAsync);
    }

    /** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
    private Stmt classDef(List<Expr> decorators) {
        if (callInvalidRules) {
            InvalidStatements.invalidClassDefRaw(this);
        }
        Token kw = advance();
        Token name = expect(NAME);
        List<TypeParam> typeParams = typeParams();
        if (typeParams == null) {
            typeParams = List.of();
        }
        List<Expr> bases = List.of();
        List<dev.taipan.parser.ast.Keyword> keywords = List.of();
        if (at(LPAR)) {
            Token open = tok();
            Expr.Call call = (Expr.Call) callArguments(kw.start, null, false);
            bases = call.args();
            keywords = call.keywords();
        }
        expect(COLON);
        List<Stmt> body = block();
        return new Stmt.ClassDef(kw.start, lastEnd(), name.text, bases, keywords, body, decorators, typeParams);
    }

    // ---- match ----

    /** match_stmt, or null (position unchanged) when the tokens are not a match statement. */
    private Stmt matchStmt() {
        int save = pos;
        TokenKind next = kindAt(1);
        if (!startsStarExpression(next)) {
            return null;
        }
        try {
            Token kw = advance();
            Expr subject = subjectExpr();
            expect(COLON);
            expect(NEWLINE);
            expect(INDENT);
            List<MatchCase> cases = new ArrayList<>();
            do {
                cases.add(caseBlock());
            } while (!at(DEDENT));
            pos++;
            return new Stmt.Match(kw.start, lastEnd(), subject, List.copyOf(cases));
        } catch (ParseFailure f) {
            pos = save;
            if (callInvalidRules) {
                InvalidStatements.invalidMatchStmt(this);
                pos = save;
            }
            return null;
        }
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    final Expr subjectExpr() {
        int start = tok().start;
        Expr first = starNamedExpression();
        if (at(COMMA)) {
            pos++;
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            if (startsStarExpression(kind())) {
                elts.addAll(starNamedExpressions(COLON));
            }
            return new Expr.Tuple(start, lastEnd(), List.copyOf(elts), ExprContext.LOAD);
        }
        if (first instanceof Expr.Starred) {
            throw fail();
        }
        return first;
    }

    /** case_block: "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        if (callInvalidRules) {
            InvalidStatements.invalidCaseBlock(this);
        }
        if (!atSoftKeyword("case")) {
            throw fail();
        }
        pos++;
        Pattern pattern = patterns();
        Expr guard = accept(IF) ? namedExpression() : null;
        expect(COLON);
        List<Stmt> body = block();
        return new MatchCase(pattern, guard, body);
    }
}
