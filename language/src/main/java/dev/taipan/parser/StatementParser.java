package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.SyntaxErrorException.Kind;
import dev.taipan.parser.ast.Alias;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.ExceptHandler;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.TypeParam;
import dev.taipan.parser.ast.WithItem;

/** Statements and blocks of the Python 3.12 grammar. */
final class StatementParser {
    private final TokenStream ts;
    private final ExpressionParser ep;

    StatementParser(TokenStream ts, ExpressionParser ep) {
        this.ts = ts;
        this.ep = ep;
    }

    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!ts.atKind(TokenKind.ENDMARKER)) {
            if (ts.atKind(TokenKind.NEWLINE)) {
                ts.next();
                continue;
            }
            body.addAll(statement());
        }
        return body;
    }

    private int start() {
        return ts.peek().start();
    }

    private int prevEnd() {
        return ts.previous().end();
    }

    List<Stmt> statement() {
        Stmt compound = compoundStatement();
        if (compound != null) {
            return List.of(compound);
        }
        return simpleStatements();
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        out.add(simpleStatement());
        while (ts.acceptOp(";")) {
            if (ts.atKind(TokenKind.NEWLINE) || ts.atKind(TokenKind.ENDMARKER)) {
                break;
            }
            out.add(simpleStatement());
        }
        if (!ts.atKind(TokenKind.NEWLINE) && !ts.atKind(TokenKind.ENDMARKER)) {
            if (ep.startsExpression() && ts.bracketDepth == 0) {
                Stmt last = out.get(out.size() - 1);
                if (last instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && !ts.atOp("(")) {
                    throw ts.error("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", n.start(), ts.peek().end());
                }
            }
            throw ts.invalidSyntax();
        }
        ts.next();
        return out;
    }

    // ================================================================= simple statements

    private Stmt simpleStatement() {
        Token t = ts.peek();
        int s = t.start();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    ts.next();
                    return new Stmt.Pass(s, t.end());
                }
                case "break" -> {
                    ts.next();
                    return new Stmt.Break(s, t.end());
                }
                case "continue" -> {
                    ts.next();
                    return new Stmt.Continue(s, t.end());
                }
                case "return" -> {
                    ts.next();
                    Expr v = ep.startsExpression() ? ep.starExpressions() : null;
                    return new Stmt.Return(s, prevEnd(), v);
                }
                case "raise" -> {
                    return raise();
                }
                case "global", "nonlocal" -> {
                    ts.next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(ts.expectIdentifier().text());
                    } while (ts.acceptOp(","));
                    return t.text().equals("global") ? new Stmt.Global(s, prevEnd(), names) : new Stmt.Nonlocal(s, prevEnd(), names);
                }
                case "del" -> {
                    ts.next();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (ts.atKind(TokenKind.NEWLINE) || ts.atOp(";")) {
                            break;
                        }
                        targets.add(Targets.toDelete(ep.bitwiseOr(), ts));
                    } while (ts.acceptOp(","));
                    if (targets.isEmpty()) {
                        throw ts.invalidSyntax();
                    }
                    return new Stmt.Delete(s, prevEnd(), targets);
                }
                case "assert" -> {
                    ts.next();
                    Expr test = ep.expression();
                    Expr msg = ts.acceptOp(",") ? ep.expression() : null;
                    return new Stmt.Assert(s, prevEnd(), test, msg);
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "type" -> {
                    if (ts.peek(1).kind() == TokenKind.NAME && (ts.peek(2).isOp("=") || ts.peek(2).isOp("["))) {
                        return typeAlias();
                    }
                }
                default -> {
                }
            }
        }
        return expressionStatement();
    }

    private Stmt raise() {
        int s = start();
        ts.expectName("raise");
        Expr exc = null;
        Expr cause = null;
        if (ep.startsExpression()) {
            exc = ep.expression();
            if (ts.acceptName("from")) {
                cause = ep.expression();
            }
        }
        return new Stmt.Raise(s, prevEnd(), exc, cause);
    }

    private Stmt expressionStatement() {
        int s = start();
        Expr first = ts.atName("yield") ? ep.yieldExpr() : ep.starExpressions();
        if (ts.atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (ts.acceptOp("=")) {
                targets.add(value);
                value = ts.atName("yield") ? ep.yieldExpr() : ep.starExpressions();
            }
            List<Expr> stored = new ArrayList<>();
            for (Expr t : targets) {
                stored.add(Targets.toAssignTarget(t, ts));
            }
            return new Stmt.Assign(s, value.end(), stored, value);
        }
        if (ts.atOp(":")) {
            return annotatedAssignment(first);
        }
        Operator aug = augmentedOperator();
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw ts.error("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment", first.start(), first.end());
            }
            ts.next();
            Expr value = ts.atName("yield") ? ep.yieldExpr() : ep.starExpressions();
            return new Stmt.AugAssign(s, value.end(), Targets.toStore(first, ts), aug, value);
        }
        return new Stmt.ExprStmt(s, first.end(), first);
    }

    private Stmt annotatedAssignment(Expr target) {
        if (target instanceof Expr.Tuple) {
            throw ts.error("only single target (not tuple) can be annotated", target.start(), target.end());
        }
        if (target instanceof Expr.ListExpr) {
            throw ts.error("only single target (not list) can be annotated", target.start(), target.end());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw ts.error("illegal target for annotation", target.start(), target.end());
        }
        ts.expectOp(":");
        Expr annotation = ep.expression();
        Expr value = null;
        if (ts.acceptOp("=")) {
            value = ts.atName("yield") ? ep.yieldExpr() : ep.starExpressions();
        }
        boolean simple = target instanceof Expr.Name && ts.src.charAt(target.start()) != '(';
        return new Stmt.AnnAssign(target.start(), prevEnd(), Targets.toStore(target, ts), annotation, value, simple);
    }

    private Operator augmentedOperator() {
        Token t = ts.peek();
        if (t.kind() != TokenKind.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.ADD;
            case "-=" -> Operator.SUB;
            case "*=" -> Operator.MULT;
            case "@=" -> Operator.MATMULT;
            case "/=" -> Operator.DIV;
            case "%=" -> Operator.MOD;
            case "&=" -> Operator.BITAND;
            case "|=" -> Operator.BITOR;
            case "^=" -> Operator.BITXOR;
            case "<<=" -> Operator.LSHIFT;
            case ">>=" -> Operator.RSHIFT;
            case "**=" -> Operator.POW;
            case "//=" -> Operator.FLOORDIV;
            default -> null;
        };
    }

    private Stmt importStatement() {
        int s = start();
        ts.expectName("import");
        List<Alias> names = new ArrayList<>();
        do {
            int as = start();
            String name = dottedName();
            String asname = null;
            if (ts.acceptName("as")) {
                asname = ts.expectIdentifier().text();
            }
            names.add(new Alias(as, prevEnd(), name, asname));
        } while (ts.acceptOp(","));
        return new Stmt.Import(s, prevEnd(), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(ts.expectIdentifier().text());
        while (ts.atOp(".")) {
            ts.next();
            sb.append('.').append(ts.expectIdentifier().text());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        int s = start();
        ts.expectName("from");
        int level = 0;
        while (ts.atOp(".") || ts.atOp("...")) {
            level += ts.next().text().length();
        }
        String module = null;
        if (!ts.atName("import")) {
            module = dottedName();
        }
        if (!ts.acceptName("import")) {
            throw ts.invalidSyntax();
        }
        List<Alias> names = new ArrayList<>();
        if (ts.atOp("*")) {
            Token star = ts.next();
            names.add(new Alias(star.start(), star.end(), "*", null));
            return new Stmt.ImportFrom(s, prevEnd(), module, names, level);
        }
        boolean parens = ts.acceptOp("(");
        if (parens) {
            ts.bracketDepth++;
        }
        do {
            if (parens && ts.atOp(")")) {
                break;
            }
            int as = start();
            String name = ts.expectIdentifier().text();
            String asname = ts.acceptName("as") ? ts.expectIdentifier().text() : null;
            names.add(new Alias(as, prevEnd(), name, asname));
            if (!parens && ts.atOp(",") && (ts.peek(1).kind() == TokenKind.NEWLINE || ts.peek(1).kind() == TokenKind.ENDMARKER)) {
                throw ts.error("trailing comma not allowed without surrounding parentheses", ts.peek().start(), ts.peek().end());
            }
        } while (ts.acceptOp(","));
        if (parens) {
            ts.bracketDepth--;
            ts.expectOp(")");
        }
        if (names.isEmpty()) {
            throw ts.invalidSyntax();
        }
        return new Stmt.ImportFrom(s, prevEnd(), module, names, level);
    }

    private Stmt typeAlias() {
        int s = start();
        ts.next();
        Token name = ts.expectIdentifier();
        List<TypeParam> params = ts.atOp("[") ? typeParams() : List.of();
        ts.expectOp("=");
        Expr value = ep.expression();
        return new Stmt.TypeAlias(s, value.end(), new Expr.Name(name.start(), name.end(), name.text(), ExprContext.STORE), params, value);
    }

    // ================================================================= compound statements

    private Stmt compoundStatement() {
        Token t = ts.peek();
        if (t.isOp("@")) {
            return decorated();
        }
        if (t.kind() != TokenKind.NAME) {
            return null;
        }
        switch (t.text()) {
            case "def":
                return functionDef(List.of(), false, t.start());
            case "class":
                return classDef(List.of(), t.start());
            case "if":
                return ifStatement();
            case "while":
                return whileStatement();
            case "for":
                return forStatement(false, t.start());
            case "try":
                return tryStatement();
            case "with":
                return withStatement(false, t.start());
            case "async": {
                Token n = ts.peek(1);
                if (n.isName("def")) {
                    ts.next();
                    return functionDef(List.of(), true, t.start());
                } else if (n.isName("for")) {
                    ts.next();
                    return forStatement(true, t.start());
                } else if (n.isName("with")) {
                    ts.next();
                    return withStatement(true, t.start());
                }
                throw ts.invalidSyntax();
            }
            case "match":
                return new PatternParser(ts, ep, this).tryMatchStatement();
            default:
                return null;
        }
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (ts.acceptOp("@")) {
            decorators.add(ep.namedExpression());
            ts.expectKind(TokenKind.NEWLINE);
        }
        Token t = ts.peek();
        if (t.isName("def")) {
            return functionDef(decorators, false, t.start());
        } else if (t.isName("class")) {
            return classDef(decorators, t.start());
        } else if (t.isName("async") && ts.peek(1).isName("def")) {
            ts.next();
            return functionDef(decorators, true, t.start());
        }
        throw ts.invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, boolean isAsync, int s) {
        Token kw = ts.peek();
        ts.expectName("def");
        Token name = ts.expectIdentifier();
        List<TypeParam> typeParams = ts.atOp("[") ? typeParams() : List.of();
        if (!ts.atOp("(")) {
            throw ts.errorAfterPrevious("expected '('");
        }
        ts.next();
        ts.bracketDepth++;
        Arguments args = new ParameterParser(ep).parameters(true, ")");
        ts.bracketDepth--;
        ts.expectOp(")");
        Expr returns = null;
        if (ts.acceptOp("->")) {
            returns = ep.expression();
        }
        ts.expectOp(":");
        List<Stmt> body = block("function definition on line " + ts.lines.line(kw.start()));
        return new Stmt.FunctionDef(s, lastEnd(body), name.text(), args, body, decorators, returns, typeParams, isAsync);
    }

    private Stmt classDef(List<Expr> decorators, int s) {
        Token kw = ts.next();
        Token name = ts.expectIdentifier();
        List<TypeParam> typeParams = ts.atOp("[") ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<dev.taipan.parser.ast.Keyword> keywords = List.of();
        if (ts.atOp("(")) {
            ExpressionParser.CallArgs ca = ep.callArguments();
            bases = ca.args();
            keywords = ca.keywords();
        }
        ts.expectOp(":");
        List<Stmt> body = block("class definition on line " + ts.lines.line(kw.start()));
        return new Stmt.ClassDef(s, lastEnd(body), name.text(), bases, keywords, body, decorators, typeParams);
    }

    private List<TypeParam> typeParams() {
        ts.expectOp("[");
        ts.bracketDepth++;
        List<TypeParam> params = new ArrayList<>();
        while (!ts.atOp("]")) {
            int s = start();
            if (ts.acceptOp("*")) {
                Token n = ts.expectIdentifier();
                params.add(new TypeParam.TypeVarTuple(s, n.end(), n.text()));
            } else if (ts.acceptOp("**")) {
                Token n = ts.expectIdentifier();
                params.add(new TypeParam.ParamSpec(s, n.end(), n.text()));
            } else {
                Token n = ts.expectIdentifier();
                Expr bound = ts.acceptOp(":") ? ep.expression() : null;
                params.add(new TypeParam.TypeVar(s, prevEnd(), n.text(), bound));
            }
            if (!ts.acceptOp(",")) {
                break;
            }
        }
        ts.bracketDepth--;
        ts.expectOp("]");
        if (params.isEmpty()) {
            throw ts.error("Type parameter list cannot be empty", ts.previous().start(), ts.previous().end());
        }
        return params;
    }

    private Expr condition() {
        Expr test = ep.namedExpression();
        if (ts.atOp("=")) {
            throw ts.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test.start(), ts.peek().end());
        }
        return test;
    }

    private Stmt ifStatement() {
        Token kw = ts.next();
        Expr test = condition();
        ts.expectOp(":");
        List<Stmt> body = block("'" + kw.text() + "' statement on line " + ts.lines.line(kw.start()));
        List<Stmt> orelse = List.of();
        if (ts.atName("elif")) {
            orelse = List.of(ifStatement());
        } else if (ts.atName("else")) {
            orelse = elseBlock();
        }
        int end = orelse.isEmpty() ? lastEnd(body) : lastEnd(orelse);
        return new Stmt.If(kw.start(), end, test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token kw = ts.next();
        ts.expectOp(":");
        return block("'else' statement on line " + ts.lines.line(kw.start()));
    }

    private Stmt whileStatement() {
        Token kw = ts.next();
        Expr test = condition();
        ts.expectOp(":");
        List<Stmt> body = block("'while' statement on line " + ts.lines.line(kw.start()));
        List<Stmt> orelse = ts.atName("else") ? elseBlock() : List.of();
        return new Stmt.While(kw.start(), lastEnd(orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt forStatement(boolean isAsync, int s) {
        Token kw = ts.next();
        Expr target = Targets.toStore(ep.targetList(), ts);
        if (!ts.acceptName("in")) {
            throw ts.invalidSyntax();
        }
        Expr iter = ep.starExpressions();
        ts.expectOp(":");
        List<Stmt> body = block("'for' statement on line " + ts.lines.line(kw.start()));
        List<Stmt> orelse = ts.atName("else") ? elseBlock() : List.of();
        return new Stmt.For(s, lastEnd(orelse.isEmpty() ? body : orelse), target, iter, body, orelse, isAsync);
    }

    private Stmt tryStatement() {
        Token kw = ts.next();
        ts.expectOp(":");
        List<Stmt> body = block("'try' statement on line " + ts.lines.line(kw.start()));
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (ts.atName("except")) {
            Token ex = ts.next();
            boolean isStar = ts.acceptOp("*");
            if (star != null && star != isStar) {
                throw ts.error("cannot have both 'except' and 'except*' on the same 'try'", ex.start(), ex.end());
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!ts.atOp(":")) {
                type = ep.expression();
                if (ts.atOp(",")) {
                    int mark = ts.mark();
                    ts.next();
                    Expr more = ep.expression();
                    if (ts.atOp(":") || ts.atName("as")) {
                        throw ts.error("multiple exception types must be parenthesized", type.start(), more.end());
                    }
                    ts.reset(mark);
                }
                if (ts.acceptName("as")) {
                    name = ts.expectIdentifier().text();
                }
            } else if (isStar) {
                throw ts.error("expected one or more exception types", ts.peek().start(), ts.peek().end());
            }
            ts.expectOp(":");
            List<Stmt> hbody = block("'except" + (isStar ? "*" : "") + "' statement on line " + ts.lines.line(ex.start()));
            handlers.add(new ExceptHandler(ex.start(), lastEnd(hbody), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        if (ts.atName("else")) {
            if (handlers.isEmpty()) {
                throw ts.invalidSyntax();
            }
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (ts.atName("finally")) {
            Token f = ts.next();
            ts.expectOp(":");
            finalbody = block("'finally' statement on line " + ts.lines.line(f.start()));
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw ts.error("expected 'except' or 'finally' block", ts.peek().start(), ts.peek().end());
        }
        List<Stmt> last = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(kw.start(), lastEnd(last), body, handlers, orelse, finalbody, star != null && star);
    }

    private Stmt withStatement(boolean isAsync, int s) {
        Token kw = ts.next();
        List<WithItem> items = null;
        if (ts.atOp("(")) {
            // with (a as b, c as d): ... -- or a parenthesized expression as the only item
            int mark = ts.mark();
            try {
                items = parenthesizedWithItems();
            } catch (SyntaxErrorException e) {
                ts.reset(mark);
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.acceptOp(","));
        }
        ts.expectOp(":");
        List<Stmt> body = block("'with' statement on line " + ts.lines.line(kw.start()));
        return new Stmt.With(s, lastEnd(body), items, body, isAsync);
    }

    private List<WithItem> parenthesizedWithItems() {
        ts.expectOp("(");
        ts.bracketDepth++;
        List<WithItem> items = new ArrayList<>();
        do {
            if (ts.atOp(")")) {
                break;
            }
            items.add(withItem());
        } while (ts.acceptOp(","));
        ts.bracketDepth--;
        ts.expectOp(")");
        if (!ts.atOp(":")) {
            throw ts.invalidSyntax();
        }
        return items;
    }

    private WithItem withItem() {
        Expr ctx = ep.expression();
        Expr vars = null;
        if (ts.acceptName("as")) {
            vars = Targets.toStore(ep.targetElementForWith(), ts);
        }
        return new WithItem(ctx, vars);
    }

    // ================================================================= blocks

    /** The body after a ':' — an indented block, or simple statements on the same line. */
    List<Stmt> block(String what) {
        if (ts.atKind(TokenKind.NEWLINE)) {
            ts.next();
            if (!ts.atKind(TokenKind.INDENT)) {
                Token t = ts.peek();
                boolean eof = t.kind() == TokenKind.ENDMARKER;
                throw ts.errorAt(Kind.INDENTATION_ERROR, "expected an indented block after " + what, t.start(), t.start(), eof);
            }
            ts.next();
            List<Stmt> body = new ArrayList<>();
            while (!ts.atKind(TokenKind.DEDENT) && !ts.atKind(TokenKind.ENDMARKER)) {
                body.addAll(statement());
            }
            ts.acceptDedent();
            return body;
        }
        if (ts.atKind(TokenKind.ENDMARKER)) {
            throw ts.errorAt(Kind.SYNTAX_ERROR, "expected an indented block after " + what, ts.peek().start(), ts.peek().start(), true);
        }
        return simpleStatements();
    }

    private static int lastEnd(List<Stmt> body) {
        return body.isEmpty() ? 0 : body.get(body.size() - 1).end();
    }
}
