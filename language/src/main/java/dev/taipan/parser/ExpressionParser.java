package dev.taipan.parser;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.BoolOperator;
import dev.taipan.parser.ast.BytesConstant;
import dev.taipan.parser.ast.CmpOperator;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.ConstantSingleton;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.Keyword;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.UnaryOperator;

/** Expressions of the Python 3.12 grammar, by precedence climbing over the token stream. */
final class ExpressionParser {
    final TokenStream ts;

    ExpressionParser(TokenStream ts) {
        this.ts = ts;
    }

    private int start() {
        return ts.peek().start();
    }

    private int prevEnd() {
        return ts.previous().end();
    }

    /** Can the current token begin an expression? */
    boolean startsExpression() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NAME:
                return !Keywords.isKeyword(t.text()) || t.text().equals("None") || t.text().equals("True") || t.text().equals("False") || t.text().equals("not") ||
                                t.text().equals("lambda") || t.text().equals("await") || t.text().equals("yield");
            case NUMBER:
            case STRING:
            case FSTRING:
                return true;
            case OP:
                return switch (t.text()) {
                    case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- lists of expressions

    /** star_expressions: one expression, or a tuple without parentheses. */
    Expr starExpressions() {
        int s = start();
        Expr first = starExpression();
        if (!ts.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.Tuple(s, prevEnd(), elts, ExprContext.LOAD);
    }

    Expr starExpression() {
        if (ts.atOp("*")) {
            int s = start();
            ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(s, v.end(), v, ExprContext.LOAD);
        }
        return expression();
    }

    /** An element of a list/set/tuple display: *x or a named expression. */
    Expr starNamedExpression() {
        if (ts.atOp("*")) {
            int s = start();
            ts.next();
            Expr v = bitwiseOr();
            return new Expr.Starred(s, v.end(), v, ExprContext.LOAD);
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (ts.atIdentifier() && ts.peek(1).isOp(":=")) {
            Token name = ts.next();
            ts.next();
            Expr value = expression();
            return new Expr.NamedExpr(name.start(), value.end(), new Expr.Name(name.start(), name.end(), name.text(), ExprContext.STORE), value);
        }
        Expr e = expression();
        if (ts.atOp(":=")) {
            throw ts.error("cannot use assignment expressions with " + Targets.describe(e), e.start(), e.end());
        }
        return e;
    }

    Expr expression() {
        if (ts.atName("lambda")) {
            return lambda();
        }
        int s = start();
        Expr body = disjunction();
        if (ts.atName("if")) {
            ts.next();
            Expr test = disjunction();
            if (!ts.acceptName("else")) {
                throw ts.error("expected 'else' after 'if' expression", body.start(), prevEnd());
            }
            Expr orelse = expression();
            return new Expr.IfExp(s, prevEnd(), test, body, orelse);
        }
        return body;
    }

    /** yield_expr: yield [from] ... */
    Expr yieldExpr() {
        int s = start();
        ts.expectName("yield");
        if (ts.acceptName("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(s, v.end(), v);
        }
        if (startsExpression() && !ts.atName("yield")) {
            Expr v = starExpressions();
            return new Expr.Yield(s, v.end(), v);
        }
        return new Expr.Yield(s, prevEnd(), null);
    }

    // ---------------------------------------------------------------- boolean and comparison

    Expr disjunction() {
        int s = start();
        Expr first = conjunction();
        if (!ts.atName("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.acceptName("or")) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(s, prevEnd(), BoolOperator.OR, values);
    }

    Expr conjunction() {
        int s = start();
        Expr first = inversion();
        if (!ts.atName("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.acceptName("and")) {
            values.add(inversion());
        }
        return new Expr.BoolOp(s, prevEnd(), BoolOperator.AND, values);
    }

    Expr inversion() {
        if (ts.atName("not")) {
            int s = start();
            ts.next();
            Expr operand = inversion();
            return new Expr.UnaryOp(s, prevEnd(), UnaryOperator.NOT, operand);
        }
        return comparison();
    }

    private CmpOperator compareOp() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP) {
            CmpOperator op = switch (t.text()) {
                case "==" -> CmpOperator.EQ;
                case "!=" -> CmpOperator.NOTEQ;
                case "<" -> CmpOperator.LT;
                case "<=" -> CmpOperator.LTE;
                case ">" -> CmpOperator.GT;
                case ">=" -> CmpOperator.GTE;
                default -> null;
            };
            if (op != null) {
                ts.next();
            }
            return op;
        }
        if (t.isName("in")) {
            ts.next();
            return CmpOperator.IN;
        }
        if (t.isName("not") && ts.peek(1).isName("in")) {
            ts.next();
            ts.next();
            return CmpOperator.NOTIN;
        }
        if (t.isName("is")) {
            ts.next();
            if (ts.acceptName("not")) {
                return CmpOperator.ISNOT;
            }
            return CmpOperator.IS;
        }
        return null;
    }

    Expr comparison() {
        int s = start();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CmpOperator op = compareOp();
            if (op == null) {
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(s, prevEnd(), left, ops, comparators);
    }

    // ---------------------------------------------------------------- arithmetic

    Expr bitwiseOr() {
        int s = start();
        Expr left = bitwiseXor();
        while (ts.atOp("|")) {
            ts.next();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(s, prevEnd(), left, Operator.BITOR, right);
        }
        return left;
    }

    Expr bitwiseXor() {
        int s = start();
        Expr left = bitwiseAnd();
        while (ts.atOp("^")) {
            ts.next();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(s, prevEnd(), left, Operator.BITXOR, right);
        }
        return left;
    }

    Expr bitwiseAnd() {
        int s = start();
        Expr left = shiftExpr();
        while (ts.atOp("&")) {
            ts.next();
            Expr right = shiftExpr();
            left = new Expr.BinOp(s, prevEnd(), left, Operator.BITAND, right);
        }
        return left;
    }

    Expr shiftExpr() {
        int s = start();
        Expr left = sum();
        while (ts.atOp("<<") || ts.atOp(">>")) {
            Operator op = ts.next().text().equals("<<") ? Operator.LSHIFT : Operator.RSHIFT;
            Expr right = sum();
            left = new Expr.BinOp(s, prevEnd(), left, op, right);
        }
        return left;
    }

    Expr sum() {
        int s = start();
        Expr left = term();
        while (ts.atOp("+") || ts.atOp("-")) {
            Operator op = ts.next().text().equals("+") ? Operator.ADD : Operator.SUB;
            Expr right = term();
            left = new Expr.BinOp(s, prevEnd(), left, op, right);
        }
        return left;
    }

    Expr term() {
        int s = start();
        Expr left = factor();
        while (true) {
            Token t = ts.peek();
            Operator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> Operator.MULT;
                case "/" -> Operator.DIV;
                case "//" -> Operator.FLOORDIV;
                case "%" -> Operator.MOD;
                case "@" -> Operator.MATMULT;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = factor();
            left = new Expr.BinOp(s, prevEnd(), left, op, right);
        }
    }

    Expr factor() {
        Token t = ts.peek();
        if (t.kind() == TokenKind.OP) {
            UnaryOperator op = switch (t.text()) {
                case "+" -> UnaryOperator.UADD;
                case "-" -> UnaryOperator.USUB;
                case "~" -> UnaryOperator.INVERT;
                default -> null;
            };
            if (op != null) {
                ts.next();
                Expr operand = factor();
                return new Expr.UnaryOp(t.start(), prevEnd(), op, operand);
            }
        }
        return power();
    }

    Expr power() {
        int s = start();
        Expr base = awaitPrimary();
        if (ts.atOp("**")) {
            ts.next();
            Expr exp = factor();
            return new Expr.BinOp(s, prevEnd(), base, Operator.POW, exp);
        }
        return base;
    }

    Expr awaitPrimary() {
        if (ts.atName("await")) {
            int s = start();
            ts.next();
            Expr v = primary();
            return new Expr.Await(s, prevEnd(), v);
        }
        return primary();
    }

    // ---------------------------------------------------------------- primaries

    Expr primary() {
        int s = start();
        Expr e = atom();
        while (true) {
            if (ts.atOp(".")) {
                ts.next();
                Token name = ts.peek();
                if (name.kind() != TokenKind.NAME) {
                    throw ts.invalidSyntax();
                }
                ts.next();
                e = new Expr.Attribute(s, name.end(), e, name.text(), ExprContext.LOAD);
            } else if (ts.atOp("(")) {
                e = call(s, e);
            } else if (ts.atOp("[")) {
                ts.next();
                ts.bracketDepth++;
                Expr slice = slices();
                ts.bracketDepth--;
                Token close = ts.expectOp("]");
                e = new Expr.Subscript(s, close.end(), e, slice, ExprContext.LOAD);
            } else {
                return e;
            }
        }
    }

    private Expr slices() {
        int s = start();
        Expr first = slice();
        if (!ts.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.Tuple(s, prevEnd(), elts, ExprContext.LOAD);
    }

    private Expr slice() {
        int s = start();
        Expr lower = null;
        if (!ts.atOp(":")) {
            if (ts.atOp("*")) {
                return starNamedExpression();
            }
            lower = namedExpression();
            if (!ts.atOp(":")) {
                return lower;
            }
        }
        ts.expectOp(":");
        Expr upper = null;
        if (!ts.atOp(":") && !ts.atOp("]") && !ts.atOp(",")) {
            upper = expression();
        }
        Expr step = null;
        if (ts.acceptOp(":")) {
            if (!ts.atOp("]") && !ts.atOp(",")) {
                step = expression();
            }
        }
        return new Expr.Slice(s, prevEnd(), lower, upper, step);
    }

    /** Positional and keyword arguments between parentheses (calls and class bases). */
    record CallArgs(List<Expr> args, List<Keyword> keywords, int end) {
    }

    CallArgs callArguments() {
        Expr.Call c = (Expr.Call) call(start(), new Expr.Name(ts.peek().start(), ts.peek().start(), "", ExprContext.LOAD));
        return new CallArgs(c.args(), c.keywords(), c.end());
    }

    private Expr call(int callStart, Expr func) {
        ts.expectOp("(");
        ts.bracketDepth++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!ts.atOp(")")) {
            int s = start();
            if (ts.atOp("*")) {
                ts.next();
                Expr v = expression();
                if (sawDoubleStar) {
                    throw ts.error("iterable argument unpacking follows keyword argument unpacking", s, v.end());
                }
                args.add(new Expr.Starred(s, v.end(), v, ExprContext.LOAD));
            } else if (ts.atOp("**")) {
                ts.next();
                Expr v = expression();
                keywords.add(new Keyword(s, v.end(), null, v));
                sawDoubleStar = true;
            } else if (ts.peek().kind() == TokenKind.NAME && ts.peek(1).isOp("=")) {
                Token name = ts.next();
                ts.next();
                if (Keywords.isKeyword(name.text())) {
                    if (name.text().equals("True") || name.text().equals("False") || name.text().equals("None")) {
                        throw ts.error("cannot assign to " + name.text(), name.start(), name.end());
                    }
                    throw ts.error("expression cannot contain assignment, perhaps you meant \"==\"?", name.start(), prevEnd());
                }
                Expr v = expression();
                keywords.add(new Keyword(s, v.end(), name.text(), v));
                sawKeyword = true;
            } else {
                Expr v = namedExpression();
                if (ts.atName("for") || ts.atName("async")) {
                    List<Comprehension> gens = comprehensionClauses();
                    Expr gen = new Expr.GeneratorExp(v.start(), prevEnd(), v, gens);
                    if (!args.isEmpty() || !keywords.isEmpty() || ts.atOp(",") && !ts.peek(1).isOp(")")) {
                        throw ts.error("Generator expression must be parenthesized", v.start(), prevEnd());
                    }
                    args.add(gen);
                    ts.acceptOp(",");
                    break;
                }
                if (ts.atOp("=")) {
                    throw ts.error("expression cannot contain assignment, perhaps you meant \"==\"?", v.start(), ts.peek().end());
                }
                if (sawDoubleStar) {
                    throw ts.error("positional argument follows keyword argument unpacking", v.start(), v.end());
                }
                if (sawKeyword) {
                    throw ts.error("positional argument follows keyword argument", v.start(), v.end());
                }
                args.add(v);
            }
            if (!ts.acceptOp(",")) {
                if (!ts.atOp(")") && startsExpression()) {
                    Expr last = args.isEmpty() ? null : args.get(args.size() - 1);
                    throw forgotComma(last != null ? last.start() : s);
                }
                break;
            }
        }
        ts.bracketDepth--;
        Token close = ts.expectOp(")");
        // a generator expression as sole argument shares the call's parentheses
        if (args.size() == 1 && args.get(0) instanceof Expr.GeneratorExp g && keywords.isEmpty()) {
            args.set(0, new Expr.GeneratorExp(func.end(), close.end(), g.elt(), g.generators()));
        }
        return new Expr.Call(callStart, close.end(), func, args, keywords);
    }

    SyntaxErrorException forgotComma(int from) {
        int mark = ts.mark();
        int to;
        try {
            Expr next = expression();
            to = next.end();
        } catch (SyntaxErrorException e) {
            to = ts.peek().end();
        }
        ts.reset(mark);
        return ts.error("invalid syntax. Perhaps you forgot a comma?", from, to);
    }

    // ---------------------------------------------------------------- atoms

    Expr atom() {
        Token t = ts.peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        ts.next();
                        return new Expr.Constant(t.start(), t.end(), ConstantSingleton.NONE, null);
                    }
                    case "True" -> {
                        ts.next();
                        return new Expr.Constant(t.start(), t.end(), Boolean.TRUE, null);
                    }
                    case "False" -> {
                        ts.next();
                        return new Expr.Constant(t.start(), t.end(), Boolean.FALSE, null);
                    }
                    default -> {
                        if (Keywords.isKeyword(t.text())) {
                            throw ts.invalidSyntax();
                        }
                        ts.next();
                        return new Expr.Name(t.start(), t.end(), t.text(), ExprContext.LOAD);
                    }
                }
            }
            case NUMBER -> {
                ts.next();
                return new Expr.Constant(t.start(), t.end(), t.value(), null);
            }
            case STRING, FSTRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        ts.next();
                        return new Expr.Constant(t.start(), t.end(), ConstantSingleton.ELLIPSIS, null);
                    }
                    default -> throw ts.invalidSyntax();
                }
            }
            default -> throw ts.invalidSyntax();
        }
    }

    private Expr parenthesized() {
        Token open = ts.expectOp("(");
        ts.bracketDepth++;
        if (ts.atOp(")")) {
            ts.bracketDepth--;
            Token close = ts.next();
            return new Expr.Tuple(open.start(), close.end(), List.of(), ExprContext.LOAD);
        }
        if (ts.atName("yield")) {
            Expr y = yieldExpr();
            ts.bracketDepth--;
            ts.expectOp(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (ts.atName("for") || ts.atName("async")) {
            List<Comprehension> gens = comprehensionClauses();
            ts.bracketDepth--;
            Token close = ts.expectOp(")");
            return new Expr.GeneratorExp(open.start(), close.end(), first, gens);
        }
        if (ts.atOp(")")) {
            ts.bracketDepth--;
            Token close = ts.next();
            if (first instanceof Expr.Starred) {
                throw ts.error("cannot use starred expression here", first.start(), first.end());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp(")")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!ts.atOp(")")) {
            if (startsExpression()) {
                throw forgotComma(elts.get(elts.size() - 1).start());
            }
            throw ts.invalidSyntax();
        }
        ts.bracketDepth--;
        Token close = ts.next();
        return new Expr.Tuple(open.start(), close.end(), elts, ExprContext.LOAD);
    }

    private Expr listDisplay() {
        Token open = ts.expectOp("[");
        ts.bracketDepth++;
        List<Expr> elts = new ArrayList<>();
        if (!ts.atOp("]")) {
            Expr first = starNamedExpression();
            if (ts.atName("for") || ts.atName("async")) {
                List<Comprehension> gens = comprehensionClauses();
                ts.bracketDepth--;
                Token close = ts.expectOp("]");
                return new Expr.ListComp(open.start(), close.end(), first, gens);
            }
            elts.add(first);
            while (ts.acceptOp(",")) {
                if (ts.atOp("]")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!ts.atOp("]") && startsExpression()) {
                throw forgotComma(elts.get(elts.size() - 1).start());
            }
        }
        ts.bracketDepth--;
        Token close = ts.expectOp("]");
        return new Expr.ListExpr(open.start(), close.end(), elts, ExprContext.LOAD);
    }

    private Expr braceDisplay() {
        Token open = ts.expectOp("{");
        ts.bracketDepth++;
        if (ts.atOp("}")) {
            ts.bracketDepth--;
            Token close = ts.next();
            return new Expr.Dict(open.start(), close.end(), List.of(), List.of());
        }
        if (ts.atOp("**")) {
            return dictRest(open, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (ts.atOp(":") && !(first instanceof Expr.Starred)) {
            ts.next();
            Expr value = expression();
            if (ts.atName("for") || ts.atName("async")) {
                List<Comprehension> gens = comprehensionClauses();
                ts.bracketDepth--;
                Token close = ts.expectOp("}");
                return new Expr.DictComp(open.start(), close.end(), first, value, gens);
            }
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(first);
            values.add(value);
            if (ts.acceptOp(",")) {
                return dictRest(open, keys, values);
            }
            ts.bracketDepth--;
            Token close = ts.expectOp("}");
            return new Expr.Dict(open.start(), close.end(), keys, values);
        }
        if (ts.atName("for") || ts.atName("async")) {
            List<Comprehension> gens = comprehensionClauses();
            ts.bracketDepth--;
            Token close = ts.expectOp("}");
            return new Expr.SetComp(open.start(), close.end(), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atOp("}")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!ts.atOp("}") && startsExpression()) {
            throw forgotComma(elts.get(elts.size() - 1).start());
        }
        ts.bracketDepth--;
        Token close = ts.expectOp("}");
        return new Expr.Set(open.start(), close.end(), elts);
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (!ts.atOp("}")) {
            if (ts.acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                if (!ts.atOp(":")) {
                    if (ts.atOp("}") || ts.atOp(",")) {
                        throw ts.error("':' expected after dictionary key", keys.get(keys.size() - 1).start(), keys.get(keys.size() - 1).end());
                    }
                    throw ts.invalidSyntax();
                }
                ts.next();
                values.add(expression());
            }
            if (!ts.acceptOp(",")) {
                break;
            }
        }
        ts.bracketDepth--;
        Token close = ts.expectOp("}");
        return new Expr.Dict(open.start(), close.end(), keys, values);
    }

    // ---------------------------------------------------------------- comprehensions

    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (ts.atName("for") || (ts.atName("async") && ts.peek(1).isName("for"))) {
            boolean isAsync = ts.acceptName("async");
            ts.expectName("for");
            Expr target = Targets.toStore(targetList(), ts);
            if (!ts.acceptName("in")) {
                throw ts.invalidSyntax();
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.atName("if")) {
                ts.next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /** Targets of for loops and comprehensions: star_targets (parsed at bitwise-or level, so 'in' stops them). */
    Expr targetList() {
        int s = start();
        Expr first = targetElement();
        if (!ts.atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.acceptOp(",")) {
            if (ts.atName("in") || ts.atOp("=") || ts.atOp(")") || ts.atOp(":")) {
                break;
            }
            elts.add(targetElement());
        }
        return new Expr.Tuple(s, prevEnd(), elts, ExprContext.LOAD);
    }

    /** The target after 'as' in a with item. */
    Expr targetElementForWith() {
        if (ts.atOp("(") || ts.atOp("[")) {
            return atomTarget();
        }
        return targetElement();
    }

    private Expr atomTarget() {
        return primary();
    }

    private Expr targetElement() {
        if (ts.atOp("*")) {
            int s = start();
            ts.next();
            Expr v = targetElement();
            return new Expr.Starred(s, v.end(), v, ExprContext.LOAD);
        }
        return bitwiseOr();
    }

    // ---------------------------------------------------------------- lambda

    Expr lambda() {
        int s = start();
        ts.expectName("lambda");
        Arguments args = ts.atOp(":") ? Arguments.EMPTY : new ParameterParser(this).parameters(false, ":");
        ts.expectOp(":");
        Expr body = expression();
        return new Expr.Lambda(s, body.end(), args, body);
    }

    // ---------------------------------------------------------------- strings

    /** Adjacent string literals concatenate; any f-string makes the result a JoinedStr. */
    private Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (ts.atKind(TokenKind.STRING) || ts.atKind(TokenKind.FSTRING)) {
            parts.add(ts.next());
        }
        Token first = parts.get(0);
        Token last = parts.get(parts.size() - 1);
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token p : parts) {
            if (p.kind() == TokenKind.FSTRING) {
                anyF = true;
                anyStr = true;
            } else if (p.value() instanceof BytesConstant) {
                anyBytes = true;
            } else {
                anyStr = true;
            }
        }
        if (anyBytes && anyStr) {
            throw ts.error("cannot mix bytes and nonbytes literals", first.start(), last.end());
        }
        String kind = first.kind() == TokenKind.STRING && first.text().length() > 0 && (first.text().charAt(0) == 'u' || first.text().charAt(0) == 'U') ? "u" : null;
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Token p : parts) {
                byte[] b = ((BytesConstant) p.value()).bytes();
                out.write(b, 0, b.length);
            }
            return new Expr.Constant(first.start(), last.end(), new BytesConstant(out.toByteArray()), null);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Token p : parts) {
                sb.append((String) p.value());
            }
            return new Expr.Constant(first.start(), last.end(), sb.toString(), kind);
        }
        FStringParser.Builder builder = new FStringParser.Builder(first.start(), last.end());
        for (Token p : parts) {
            if (p.kind() == TokenKind.FSTRING) {
                new FStringParser(ts, p).parseInto(builder);
            } else {
                builder.addLiteral((String) p.value(), p.start(), p.end());
            }
        }
        return builder.build();
    }
}
