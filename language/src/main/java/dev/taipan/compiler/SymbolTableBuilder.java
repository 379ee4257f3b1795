package dev.taipan.compiler;

import java.util.List;

import dev.taipan.parser.ast.Alias;
import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.Comprehension;
import dev.taipan.parser.ast.ExceptHandler;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.ExprContext;
import dev.taipan.parser.ast.Keyword;
import dev.taipan.parser.ast.MatchCase;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Node;
import dev.taipan.parser.ast.Operator;
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.TypeParam;
import dev.taipan.parser.ast.WithItem;

/** First pass of the symbol table: walks the AST recording each scope's definitions and uses. */
final class SymbolTableBuilder {
    private final SymbolTable table;
    private Scope cur;
    /** The module's scope: every global declaration also marks the name global there. */
    private Scope top;
    /** Inside the iterable expression of a comprehension (walrus is forbidden there). */
    private int inComprehensionIterable;

    SymbolTableBuilder(SymbolTable table) {
        this.table = table;
    }

    void visitModule(Mod mod, Scope top) {
        this.top = top;
        cur = top;
        switch (mod) {
            case Mod.Expression e -> visitExpr(e.expr());
            default -> visitBody(mod.body());
        }
    }

    private Scope enter(ScopeKind kind, String name, Object node) {
        Scope s = new Scope(kind, name, cur, node);
        s.inClass = cur.kind == ScopeKind.CLASS;
        s.privateName = kind == ScopeKind.CLASS ? name : cur.privateName;
        cur.children.add(s);
        table.register(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private void addDef(String name, int flag, Node at) {
        addDef(cur, name, flag, at);
    }

    private void addDef(Scope s, String rawName, int flag, Node at) {
        String name = Mangling.mangle(s, rawName);
        int old = s.getFlags(name);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw table.error("duplicate argument '" + name + "' in function definition", at);
        }
        s.flags.put(name, old | flag);
        if ((flag & Scope.DEF_GLOBAL) != 0 && s != top) {
            // as in CPython: the module's own code then uses the global, not a separate locals dict
            top.flags.put(name, top.getFlags(name) | Scope.DEF_GLOBAL);
        }
        if ((flag & Scope.DEF_PARAM) != 0) {
            s.varnames.add(name);
        }
    }

    private void visitBody(List<Stmt> body) {
        for (Stmt st : body) {
            visitStmt(st);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitAnnotation(Expr ann) {
        if (ann != null && !table.futureAnnotations) {
            visitExpr(ann);
        }
    }

    /**
     * Loops around the statement being visited, in its function or class body: break and
     * continue are checked here, when compile() runs, not when the body first becomes bytecode.
     */
    private int loopDepth;
    /** Inside an except* handler (not in a function or loop within it): no break, continue or return. */
    private boolean inExceptStar;

    private void visitLoopBody(List<Stmt> body) {
        boolean outerExceptStar = inExceptStar;
        inExceptStar = false;
        loopDepth++;
        visitBody(body);
        loopDepth--;
        inExceptStar = outerExceptStar;
    }

    /** A function or class body starts outside any loop (and except* handler). */
    private void visitOutsideLoops(List<Stmt> body) {
        int outer = loopDepth;
        boolean outerExceptStar = inExceptStar;
        loopDepth = 0;
        inExceptStar = false;
        visitBody(body);
        loopDepth = outer;
        inExceptStar = outerExceptStar;
    }

    /** For break and continue (return points at its value: see Stmt.Return). */
    private void checkNotInExceptStar(Stmt st) {
        if (inExceptStar) {
            throw table.error("'break', 'continue' and 'return' cannot appear in an except* block", st);
        }
    }

    private void visitStmt(Stmt st) {
        switch (st) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), Scope.DEF_LOCAL, f);
                visitExprs(f.args().defaults());
                visitExprs(f.args().kwDefaults());
                visitExprs(f.decoratorList());
                boolean generic = !f.typeParams().isEmpty();
                if (generic) {
                    enterTypeParams(f, f.name(), f.typeParams(), hiddenDefaultParams(f.args()));
                }
                visitArgumentAnnotations(f.args());
                visitAnnotation(f.returns());
                Scope fs = enter(ScopeKind.FUNCTION, f.name(), f);
                fs.isCoroutine = f.isAsync();
                visitParams(f.args());
                visitOutsideLoops(f.body());
                exit();
                if (generic) {
                    exit();
                }
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, c);
                visitExprs(c.decoratorList());
                boolean generic = !c.typeParams().isEmpty();
                if (generic) {
                    enterTypeParams(c, c.name(), c.typeParams(), List.of());
                    addDef(".type_params", Scope.DEF_LOCAL, c);
                    addDef(".generic_base", Scope.DEF_LOCAL, c);
                }
                visitExprs(c.bases());
                for (Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                enter(ScopeKind.CLASS, c.name(), c);
                if (generic) {
                    addDef(".type_params", Scope.USE, c);
                }
                visitOutsideLoops(c.body());
                exit();
                if (generic) {
                    exit();
                }
            }
            case Stmt.Return r -> {
                // found here (eagerly) rather than only when the body is turned into bytecode
                if (cur.kind == ScopeKind.MODULE || cur.kind == ScopeKind.CLASS) {
                    throw table.error("'return' outside function", r);
                }
                if (inExceptStar) {
                    // CPython reports a constant return value's position, else the statement's
                    throw table.error("'break', 'continue' and 'return' cannot appear in an except* block", r.value() instanceof Expr.Constant v ? v : r);
                }
                if (r.value() != null) {
                    cur.hasReturnValue = true;
                    visitExpr(r.value());
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
                if (Concatenation.selfConcatTarget(a) instanceof Expr.Name n) {
                    cur.concatTargets.add(Mangling.mangle(cur, n.id()));
                }
            }
            case Stmt.TypeAlias ta -> {
                Expr.Name name = (Expr.Name) ta.name();
                addDef(name.id(), Scope.DEF_LOCAL, ta);
                boolean generic = !ta.typeParams().isEmpty();
                if (generic) {
                    enterTypeParams(ta, name.id(), ta.typeParams(), List.of());
                }
                enter(ScopeKind.TYPE_ALIAS_VALUE, name.id(), ta.value());
                visitExpr(ta.value());
                exit();
                if (generic) {
                    exit();
                }
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
                if (a.op() == Operator.ADD && a.target() instanceof Expr.Name n) {
                    cur.concatTargets.add(Mangling.mangle(cur, n.id()));
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n && a.simple()) {
                    int old = cur.getFlags(n.id());
                    if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur.globalsDeclared.contains(n.id())) {
                        throw table.error("annotated name '" + n.id() + "' can't be " + ((old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a);
                    }
                    addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n);
                } else if (!(a.target() instanceof Expr.Name) || a.value() != null) {
                    visitExpr(a.target());   // a bare "(x): int" binds nothing, as in CPython
                }
                if (cur.kind == ScopeKind.MODULE || cur.kind == ScopeKind.CLASS) {
                    visitAnnotation(a.annotation());
                }
                if (a.value() != null) {
                    visitExpr(a.value());
                }
            }
            case Stmt.For f -> {
                if (f.isAsync()) {
                    requireAsyncFunction("'async for' outside async function", f);
                }
                visitExpr(f.target());
                visitExpr(f.iter());
                visitLoopBody(f.body());
                visitBody(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitLoopBody(w.body());
                visitBody(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitBody(i.body());
                visitBody(i.orelse());
            }
            case Stmt.With w -> {
                if (w.isAsync()) {
                    requireAsyncFunction("'async with' outside async function", w);
                }
                for (WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        visitExpr(item.optionalVars());
                    }
                }
                visitBody(w.body());
            }
            case Stmt.Match m -> {
                PatternChecks.check(m, table::error);
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitBody(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                }
                if (r.cause() != null) {
                    visitExpr(r.cause());
                }
            }
            case Stmt.Try t -> {
                visitBody(t.body());
                for (int i = 0; i < t.handlers().size() - 1; i++) {
                    if (t.handlers().get(i).type() == null) {
                        throw table.error("default 'except:' must be last", t.handlers().get(i));
                    }
                }
                for (ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        visitExpr(h.type());
                    }
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h);
                    }
                    boolean outerExceptStar = inExceptStar;
                    inExceptStar |= t.isStar();
                    visitBody(h.body());
                    inExceptStar = outerExceptStar;
                }
                visitBody(t.orelse());
                visitBody(t.finalbody());
            }
            case Stmt.Assert a -> {
                CompilerWarnings.checkAssert(a, table);
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Stmt.Import i -> visitAliases(i.names(), st);
            case Stmt.ImportFrom i -> visitAliases(i.names(), st);
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    int old = cur.getFlags(name);
                    if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                        String msg;
                        if ((old & Scope.DEF_PARAM) != 0) {
                            msg = "name '" + name + "' is parameter and global";
                        } else if ((old & Scope.DEF_ANNOT) != 0) {
                            msg = "annotated name '" + name + "' can't be global";
                        } else if ((old & Scope.DEF_LOCAL) != 0) {
                            msg = "name '" + name + "' is assigned to before global declaration";
                        } else {
                            msg = "name '" + name + "' is used prior to global declaration";
                        }
                        throw table.error(msg, g);
                    }
                    addDef(name, Scope.DEF_GLOBAL, g);
                    cur.globalsDeclared.add(name);
                    cur.declarations.putIfAbsent(name, g);
                }
            }
            case Stmt.Nonlocal n -> {
                if (cur.kind == ScopeKind.MODULE) {
                    throw table.error("nonlocal declaration not allowed at module level", n);
                }
                for (String name : n.names()) {
                    int old = cur.getFlags(name);
                    if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                        String msg;
                        if ((old & Scope.DEF_PARAM) != 0) {
                            msg = "name '" + name + "' is parameter and nonlocal";
                        } else if ((old & Scope.DEF_ANNOT) != 0) {
                            msg = "annotated name '" + name + "' can't be nonlocal";
                        } else if ((old & Scope.DEF_LOCAL) != 0) {
                            msg = "name '" + name + "' is assigned to before nonlocal declaration";
                        } else {
                            msg = "name '" + name + "' is used prior to nonlocal declaration";
                        }
                        throw table.error(msg, n);
                    }
                    addDef(name, Scope.DEF_NONLOCAL, n);
                    cur.globalsDeclared.add(name);
                    cur.declarations.putIfAbsent(name, n);
                }
            }
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
                checkNotInExceptStar(b);
                if (loopDepth == 0) {
                    throw table.error("'break' outside loop", b);
                }
            }
            case Stmt.Continue c -> {
                checkNotInExceptStar(c);
                if (loopDepth == 0) {
                    throw table.error("'continue' not properly in loop", c);
                }
            }
        }
    }

    /**
     * A generic function's defaults are evaluated outside its annotation scope and passed in as
     * the scope's parameters {@code .defaults} and {@code .kwdefaults} (as CPython does).
     */
    static List<String> hiddenDefaultParams(Arguments args) {
        List<String> hidden = new java.util.ArrayList<>();
        if (!args.defaults().isEmpty()) {
            hidden.add(".defaults");
        }
        if (args.kwDefaults().stream().anyMatch(java.util.Objects::nonNull)) {
            hidden.add(".kwdefaults");
        }
        return hidden;
    }

    private void enterTypeParams(Object node, String name, List<TypeParam> params, List<String> hiddenParams) {
        Scope s = new Scope(ScopeKind.TYPE_PARAMS, "<generic parameters of " + name + ">", cur, node);
        s.inClass = cur.kind == ScopeKind.CLASS;
        s.privateName = cur.privateName;
        cur.children.add(s);
        table.registerTypeParams(node, s);
        if (cur.kind == ScopeKind.CLASS) {
            addDef("__classdict__", Scope.USE, (Node) node);
        }
        cur = s;
        for (String hidden : hiddenParams) {
            addDef(hidden, Scope.DEF_PARAM, (Node) node);
        }
        for (TypeParam tp : params) {
            addDef(tp.name(), Scope.DEF_TYPE_PARAM | Scope.DEF_LOCAL, tp);
            if (tp instanceof TypeParam.TypeVar tv && tv.bound() != null) {
                enter(ScopeKind.TYPE_ALIAS_VALUE, tp.name(), tv.bound());
                visitExpr(tv.bound());
                exit();
            }
        }
    }

    private void visitAliases(List<Alias> names, Stmt st) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind != ScopeKind.MODULE) {
                    throw table.error("import * only allowed at module level", st);
                }
                cur.hasImportStar = true;
                continue;
            }
            String stored = a.asname() != null ? a.asname() : a.name();
            int dot = stored.indexOf('.');
            if (a.asname() == null && dot >= 0) {
                stored = stored.substring(0, dot);
            }
            addDef(stored, Scope.DEF_IMPORT, a);
        }
    }

    private void visitArgumentAnnotations(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            visitAnnotation(a.annotation());
        }
        for (Arg a : args.args()) {
            visitAnnotation(a.annotation());
        }
        if (args.vararg() != null) {
            visitAnnotation(args.vararg().annotation());
        }
        for (Arg a : args.kwonlyargs()) {
            visitAnnotation(a.annotation());
        }
        if (args.kwarg() != null) {
            visitAnnotation(args.kwarg().annotation());
        }
    }

    /** Parameters in CPython's co_varnames order: positional, keyword-only, *args, **kwargs. */
    private void visitParams(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            addDef(a.arg(), Scope.DEF_PARAM, a);
        }
        for (Arg a : args.args()) {
            addDef(a.arg(), Scope.DEF_PARAM, a);
        }
        for (Arg a : args.kwonlyargs()) {
            addDef(a.arg(), Scope.DEF_PARAM, a);
        }
        if (args.vararg() != null) {
            addDef(args.vararg().arg(), Scope.DEF_PARAM, args.vararg());
            cur.hasVarargs = true;
        }
        if (args.kwarg() != null) {
            addDef(args.kwarg().arg(), Scope.DEF_PARAM, args.kwarg());
            cur.hasVarkw = true;
        }
    }

    private void visitPattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> {
            }
            case Pattern.MatchSequence s -> {
                for (Pattern q : s.patterns()) {
                    visitPattern(q);
                }
            }
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                for (Pattern q : m.patterns()) {
                    visitPattern(q);
                }
                if (m.rest() != null) {
                    addDef(m.rest(), Scope.DEF_LOCAL, m);
                }
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                for (Pattern q : c.patterns()) {
                    visitPattern(q);
                }
                for (Pattern q : c.kwdPatterns()) {
                    visitPattern(q);
                }
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), Scope.DEF_LOCAL, s);
                }
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    visitPattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), Scope.DEF_LOCAL, a);
                }
            }
            case Pattern.MatchOr o -> {
                for (Pattern q : o.patterns()) {
                    visitPattern(q);
                }
            }
        }
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                if (n.ctx() != ExprContext.LOAD && n.id().equals("__debug__")) {
                    throw table.error(n.ctx() == ExprContext.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", n);
                }
                int flag = n.ctx() == ExprContext.LOAD ? Scope.USE : Scope.DEF_LOCAL;
                addDef(n.id(), flag, n);
                if (n.ctx() == ExprContext.LOAD && cur.kind == ScopeKind.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n);
                }
            }
            case Expr.NamedExpr ne -> {
                if (inComprehensionIterable > 0) {
                    throw table.error("assignment expression cannot be used in a comprehension iterable expression", ne);
                }
                visitExpr(ne.value());
                handleNamedExprTarget((Expr.Name) ne.target(), ne);
            }
            case Expr.BoolOp b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitExprs(l.args().defaults());
                visitExprs(l.args().kwDefaults());
                enter(ScopeKind.LAMBDA, "lambda", l);
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Expr.Set s -> visitExprs(s.elts());
            case Expr.ListComp c -> visitComprehension(c, "listcomp", c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> visitComprehension(c, "setcomp", c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> visitComprehension(c, "dictcomp", c.generators(), c.key(), c.value(), false);
            case Expr.GeneratorExp c -> visitComprehension(c, "genexpr", c.generators(), c.elt(), null, true);
            case Expr.Await a -> {
                if (cur.kind == ScopeKind.COMPREHENSION) {
                    cur.isCoroutine = true;   // awaiting inside makes the comprehension a coroutine
                }
                if (cur.kind == ScopeKind.MODULE || cur.kind == ScopeKind.CLASS) {
                    throw table.error("'await' outside function", a);
                }
                if ((cur.kind == ScopeKind.FUNCTION || cur.kind == ScopeKind.LAMBDA) && !cur.isCoroutine) {
                    throw table.error("'await' outside async function", a);
                }
                visitExpr(a.value());
            }
            case Expr.Yield y -> {
                markYield(y);
                if (y.value() != null) {
                    visitExpr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                if (cur.isCoroutine && cur.kind != ScopeKind.COMPREHENSION) {
                    throw table.error("'yield from' inside async function", y);
                }
                markYield(y);
                visitExpr(y.value());
            }
            case Expr.Compare c -> {
                CompilerWarnings.checkCompare(c, table);
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                CompilerWarnings.checkCall(c, table);
                visitExpr(c.func());
                visitExprs(c.args());
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Keyword k : c.keywords()) {
                    if (k.arg() != null && !seen.add(k.arg())) {
                        throw table.error("keyword argument repeated: " + k.arg(), k);
                    }
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.Tuple t -> visitExprs(t.elts());
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    visitExpr(s.lower());
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                }
                if (s.step() != null) {
                    visitExpr(s.step());
                }
            }
        }
    }

    private void markYield(Expr at) {
        if (cur.kind == ScopeKind.MODULE || cur.kind == ScopeKind.CLASS) {
            throw table.error("'yield' outside function", at);
        }
        if (cur.kind == ScopeKind.COMPREHENSION) {
            String what = switch (cur.name) {
                case "<listcomp>" -> "list comprehension";
                case "<setcomp>" -> "set comprehension";
                case "<dictcomp>" -> "dict comprehension";
                default -> "generator expression";
            };
            throw table.error("'yield' inside " + what, at);
        }
        cur.isGenerator = true;
    }

    private void handleNamedExprTarget(Expr.Name target, Expr.NamedExpr ne) {
        if (cur.isComprehension) {
            // bind in the nearest enclosing scope that is not a comprehension
            for (Scope s = cur; s != null; s = s.parent) {
                if ((s.getFlags(target.id()) & Scope.DEF_COMP_ITER) != 0) {
                    throw table.error("assignment expression cannot rebind comprehension iteration variable '" + target.id() + "'", target);
                }
                if (!s.isComprehension) {
                    if (s.kind == ScopeKind.CLASS) {
                        throw table.error("assignment expression within a comprehension cannot be used in a class body", ne);
                    }
                    if (s.kind == ScopeKind.MODULE || (s.getFlags(target.id()) & Scope.DEF_GLOBAL) != 0) {
                        // at module level, or where the function declared the name global, the
                        // comprehension assigns the global
                        for (Scope c = cur; c != s; c = c.parent) {
                            addDef(c, target.id(), Scope.DEF_GLOBAL, target);
                        }
                        if (s.kind == ScopeKind.MODULE) {
                            addDef(s, target.id(), Scope.DEF_LOCAL, target);
                        }
                    } else {
                        addDef(s, target.id(), Scope.DEF_LOCAL, target);
                        for (Scope c = cur; c != s; c = c.parent) {
                            addDef(c, target.id(), Scope.DEF_NONLOCAL, target);
                            c.declarations.putIfAbsent(target.id(), target);
                        }
                    }
                    return;
                }
            }
        }
        visitExpr(target);
    }

    /** async for/with (and await) belong in an async function. */
    private void requireAsyncFunction(String message, Node node) {
        if (!(cur.kind == ScopeKind.FUNCTION && cur.isCoroutine)) {
            throw table.error(message, node);
        }
    }

    private void visitComprehension(Expr node, String kind, List<Comprehension> generators, Expr elt, Expr value, boolean isGenerator) {
        Comprehension first = generators.get(0);
        inComprehensionIterable++;
        visitExpr(first.iter());
        inComprehensionIterable--;
        Scope s = enter(ScopeKind.COMPREHENSION, "<" + kind + ">", node);
        s.isGenerator = isGenerator;
        if (first.isAsync()) {
            s.isCoroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, node);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                inComprehensionIterable++;
                visitExpr(g.iter());
                inComprehensionIterable--;
                if (g.isAsync()) {
                    s.isCoroutine = true;
                }
            }
            visitCompTarget(g.target());
            for (Expr cond : g.ifs()) {
                visitExpr(cond);
            }
        }
        visitExpr(elt);
        if (value != null) {
            visitExpr(value);
        }
        exit();
        // an async list/set/dict comprehension is awaited where it stands: only in an async
        // function, or in another comprehension, which becomes asynchronous too
        if (s.isCoroutine && !isGenerator) {
            if (cur.kind == ScopeKind.COMPREHENSION) {
                cur.isCoroutine = true;
            } else if (!(cur.kind == ScopeKind.FUNCTION && cur.isCoroutine)) {
                throw table.error("asynchronous comprehension outside of an asynchronous function", node);
            }
        }
    }

    private void visitCompTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                // an earlier walrus in this comprehension bound the name outside it
                if ((cur.getFlags(n.id()) & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                    throw table.error("comprehension inner loop cannot rebind assignment expression target '" + n.id() + "'", n);
                }
                addDef(n.id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER, n);
            }
            case Expr.Tuple t -> t.elts().forEach(this::visitCompTarget);
            case Expr.ListExpr l -> l.elts().forEach(this::visitCompTarget);
            case Expr.Starred s -> visitCompTarget(s.value());
            default -> visitExpr(target);
        }
    }
}
