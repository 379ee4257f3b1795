package dev.taipan.parser;

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
import dev.taipan.parser.ast.Pattern;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.TypeParam;
import dev.taipan.parser.ast.WithItem;

import java.util.List;

/**
 * CPython 3.12's {@code ast.dump(tree)} text for a Taipan AST (default arguments: field names,
 * no indentation), optionally with positions as {@code include_attributes=True} prints them.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();
    private final SourceLines lines;

    private AstDump(SourceLines lines) {
        this.lines = lines;
    }

    /** {@code ast.dump(tree)}. */
    public static String dump(Mod mod) {
        AstDump d = new AstDump(null);
        d.mod(mod);
        return d.sb.toString();
    }

    /** {@code ast.dump(tree, include_attributes=True)}; positions are computed against {@code source}. */
    public static String dumpWithPositions(Mod mod, String source) {
        AstDump d = new AstDump(new SourceLines(source));
        d.mod(mod);
        return d.sb.toString();
    }

    // ---- output helpers ----

    private void open(String name) {
        sb.append(name).append('(');
    }

    private boolean first;

    private void field(String name) {
        if (sb.charAt(sb.length() - 1) != '(') {
            sb.append(", ");
        }
        sb.append(name).append('=');
    }

    private void close(Node n) {
        if (lines != null && n != null) {
            int s = n.start();
            int e = n.end();
            field("lineno");
            sb.append(lines.line(s));
            field("col_offset");
            sb.append(lines.utf8Column(s));
            field("end_lineno");
            sb.append(lines.line(e));
            field("end_col_offset");
            sb.append(lines.utf8Column(e));
        }
        sb.append(')');
    }

    private void exprField(String name, Expr e) {
        field(name);
        expr(e);
    }

    private void optExpr(String name, Expr e) {
        if (e != null) {
            exprField(name, e);
        }
    }

    private void optStr(String name, String s) {
        if (s != null) {
            field(name);
            sb.append(PyRepr.str(s));
        }
    }

    private void str(String name, String s) {
        field(name);
        sb.append(PyRepr.str(s));
    }

    private void exprs(String name, List<Expr> list) {
        field(name);
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Expr e = list.get(i);
            if (e == null) {
                sb.append("None");
            } else {
                expr(e);
            }
        }
        sb.append(']');
    }

    private void stmts(String name, List<Stmt> list) {
        field(name);
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            stmt(list.get(i));
        }
        sb.append(']');
    }

    private void strs(String name, List<String> list) {
        field(name);
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyRepr.str(list.get(i)));
        }
        sb.append(']');
    }

    private void patterns(String name, List<Pattern> list) {
        field(name);
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            pattern(list.get(i));
        }
        sb.append(']');
    }

    private void typeParams(List<TypeParam> list) {
        field("type_params");
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            TypeParam t = list.get(i);
            switch (t) {
                case TypeParam.TypeVar v -> {
                    open("TypeVar");
                    str("name", v.name());
                    optExpr("bound", v.bound());
                }
                case TypeParam.ParamSpec p -> {
                    open("ParamSpec");
                    str("name", p.name());
                }
                case TypeParam.TypeVarTuple p -> {
                    open("TypeVarTuple");
                    str("name", p.name());
                }
            }
            close(t);
        }
        sb.append(']');
    }

    private void ctx(ExprContext c) {
        field("ctx");
        sb.append(switch (c) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        });
    }

    private void simple(String name, String opName) {
        field(name);
        sb.append(opName).append("()");
    }

    private void intField(String name, int v) {
        field(name);
        sb.append(v);
    }

    // ---- nodes ----

    private void mod(Mod m) {
        switch (m) {
            case Mod.Module mm -> {
                open("Module");
                stmts("body", mm.body());
                field("type_ignores");
                sb.append("[]");
            }
            case Mod.Interactive mi -> {
                open("Interactive");
                stmts("body", mi.body());
            }
            case Mod.Expression me -> {
                open("Expression");
                exprField("body", me.expr());
            }
        }
        sb.append(')');
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                str("name", f.name());
                field("args");
                arguments(f.args());
                stmts("body", f.body());
                exprs("decorator_list", f.decoratorList());
                optExpr("returns", f.returns());
                typeParams(f.typeParams());
            }
            case Stmt.ClassDef c -> {
                open("ClassDef");
                str("name", c.name());
                exprs("bases", c.bases());
                keywords(c.keywords());
                stmts("body", c.body());
                exprs("decorator_list", c.decoratorList());
                typeParams(c.typeParams());
            }
            case Stmt.Return r -> {
                open("Return");
                optExpr("value", r.value());
            }
            case Stmt.Delete d -> {
                open("Delete");
                exprs("targets", d.targets());
            }
            case Stmt.Assign a -> {
                open("Assign");
                exprs("targets", a.targets());
                exprField("value", a.value());
            }
            case Stmt.TypeAlias t -> {
                open("TypeAlias");
                exprField("name", t.name());
                typeParams(t.typeParams());
                exprField("value", t.value());
            }
            case Stmt.AugAssign a -> {
                open("AugAssign");
                exprField("target", a.target());
                simple("op", a.op().astName);
                exprField("value", a.value());
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign");
                exprField("target", a.target());
                exprField("annotation", a.annotation());
                optExpr("value", a.value());
                intField("simple", a.simple() ? 1 : 0);
            }
            case Stmt.For f -> {
                open(f.isAsync() ? "AsyncFor" : "For");
                exprField("target", f.target());
                exprField("iter", f.iter());
                stmts("body", f.body());
                stmts("orelse", f.orelse());
            }
            case Stmt.While w -> {
                open("While");
                exprField("test", w.test());
                stmts("body", w.body());
                stmts("orelse", w.orelse());
            }
            case Stmt.If i -> {
                open("If");
                exprField("test", i.test());
                stmts("body", i.body());
                stmts("orelse", i.orelse());
            }
            case Stmt.With w -> {
                open(w.isAsync() ? "AsyncWith" : "With");
                field("items");
                sb.append('[');
                for (int i = 0; i < w.items().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    WithItem item = w.items().get(i);
                    open("withitem");
                    exprField("context_expr", item.contextExpr());
                    optExpr("optional_vars", item.optionalVars());
                    sb.append(')');
                }
                sb.append(']');
                stmts("body", w.body());
            }
            case Stmt.Match m -> {
                open("Match");
                exprField("subject", m.subject());
                field("cases");
                sb.append('[');
                for (int i = 0; i < m.cases().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    MatchCase c = m.cases().get(i);
                    open("match_case");
                    field("pattern");
                    pattern(c.pattern());
                    optExpr("guard", c.guard());
                    stmts("body", c.body());
                    sb.append(')');
                }
                sb.append(']');
            }
            case Stmt.Raise r -> {
                open("Raise");
                optExpr("exc", r.exc());
                optExpr("cause", r.cause());
            }
            case Stmt.Try t -> {
                open(t.isStar() ? "TryStar" : "Try");
                stmts("body", t.body());
                field("handlers");
                sb.append('[');
                for (int i = 0; i < t.handlers().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    ExceptHandler h = t.handlers().get(i);
                    open("ExceptHandler");
                    optExpr("type", h.type());
                    optStr("name", h.name());
                    stmts("body", h.body());
                    close(h);
                }
                sb.append(']');
                stmts("orelse", t.orelse());
                stmts("finalbody", t.finalbody());
            }
            case Stmt.Assert a -> {
                open("Assert");
                exprField("test", a.test());
                optExpr("msg", a.msg());
            }
            case Stmt.Import i -> {
                open("Import");
                aliases(i.names());
            }
            case Stmt.ImportFrom i -> {
                open("ImportFrom");
                optStr("module", i.module());
                aliases(i.names());
                intField("level", i.level());
            }
            case Stmt.Global g -> {
                open("Global");
                strs("names", g.names());
            }
            case Stmt.Nonlocal n -> {
                open("Nonlocal");
                strs("names", n.names());
            }
            case Stmt.ExprStmt e -> {
                open("Expr");
                exprField("value", e.value());
            }
            case Stmt.Pass p -> open("Pass");
            case Stmt.Break b -> open("Break");
            case Stmt.Continue c -> open("Continue");
        }
        close(s);
    }

    private void aliases(List<Alias> names) {
        field("names");
        sb.append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Alias a = names.get(i);
            open("alias");
            str("name", a.name());
            optStr("asname", a.asname());
            close(a);
        }
        sb.append(']');
    }

    private void keywords(List<Keyword> kws) {
        field("keywords");
        sb.append('[');
        for (int i = 0; i < kws.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Keyword k = kws.get(i);
            open("keyword");
            optStr("arg", k.arg());
            exprField("value", k.value());
            close(k);
        }
        sb.append(']');
    }

    private void arg(Arg a) {
        open("arg");
        str("arg", a.arg());
        optExpr("annotation", a.annotation());
        close(a);
    }

    private void args(String name, List<Arg> list) {
        field(name);
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            arg(list.get(i));
        }
        sb.append(']');
    }

    private void arguments(Arguments a) {
        open("arguments");
        args("posonlyargs", a.posonlyargs());
        args("args", a.args());
        if (a.vararg() != null) {
            field("vararg");
            arg(a.vararg());
        }
        args("kwonlyargs", a.kwonlyargs());
        exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            field("kwarg");
            arg(a.kwarg());
        }
        exprs("defaults", a.defaults());
        sb.append(')');
    }

    private void comprehensions(List<Comprehension> gens) {
        field("generators");
        sb.append('[');
        for (int i = 0; i < gens.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Comprehension c = gens.get(i);
            open("comprehension");
            exprField("target", c.target());
            exprField("iter", c.iter());
            exprs("ifs", c.ifs());
            intField("is_async", c.isAsync() ? 1 : 0);
            sb.append(')');
        }
        sb.append(']');
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                open("BoolOp");
                simple("op", b.op().astName);
                exprs("values", b.values());
            }
            case Expr.NamedExpr n -> {
                open("NamedExpr");
                exprField("target", n.target());
                exprField("value", n.value());
            }
            case Expr.BinOp b -> {
                open("BinOp");
                exprField("left", b.left());
                simple("op", b.op().astName);
                exprField("right", b.right());
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp");
                simple("op", u.op().astName);
                exprField("operand", u.operand());
            }
            case Expr.Lambda l -> {
                open("Lambda");
                field("args");
                arguments(l.args());
                exprField("body", l.body());
            }
            case Expr.IfExp i -> {
                open("IfExp");
                exprField("test", i.test());
                exprField("body", i.body());
                exprField("orelse", i.orelse());
            }
            case Expr.Dict d -> {
                open("Dict");
                exprs("keys", d.keys());
                exprs("values", d.values());
            }
            case Expr.Set s -> {
                open("Set");
                exprs("elts", s.elts());
            }
            case Expr.ListComp c -> {
                open("ListComp");
                exprField("elt", c.elt());
                comprehensions(c.generators());
            }
            case Expr.SetComp c -> {
                open("SetComp");
                exprField("elt", c.elt());
                comprehensions(c.generators());
            }
            case Expr.DictComp c -> {
                open("DictComp");
                exprField("key", c.key());
                exprField("value", c.value());
                comprehensions(c.generators());
            }
            case Expr.GeneratorExp g -> {
                open("GeneratorExp");
                exprField("elt", g.elt());
                comprehensions(g.generators());
            }
            case Expr.Await a -> {
                open("Await");
                exprField("value", a.value());
            }
            case Expr.Yield y -> {
                open("Yield");
                optExpr("value", y.value());
            }
            case Expr.YieldFrom y -> {
                open("YieldFrom");
                exprField("value", y.value());
            }
            case Expr.Compare c -> {
                open("Compare");
                exprField("left", c.left());
                field("ops");
                sb.append('[');
                for (int i = 0; i < c.ops().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(c.ops().get(i).astName).append("()");
                }
                sb.append(']');
                exprs("comparators", c.comparators());
            }
            case Expr.Call c -> {
                open("Call");
                exprField("func", c.func());
                exprs("args", c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                open("FormattedValue");
                exprField("value", f.value());
                intField("conversion", f.conversion());
                optExpr("format_spec", f.formatSpec());
            }
            case Expr.JoinedStr j -> {
                open("JoinedStr");
                exprs("values", j.values());
            }
            case Expr.Constant c -> {
                open("Constant");
                field("value");
                sb.append(PyRepr.constant(c.value()));
                optStr("kind", c.kind());
            }
            case Expr.Attribute a -> {
                open("Attribute");
                exprField("value", a.value());
                str("attr", a.attr());
                ctx(a.ctx());
            }
            case Expr.Subscript s -> {
                open("Subscript");
                exprField("value", s.value());
                exprField("slice", s.slice());
                ctx(s.ctx());
            }
            case Expr.Starred s -> {
                open("Starred");
                exprField("value", s.value());
                ctx(s.ctx());
            }
            case Expr.Name n -> {
                open("Name");
                str("id", n.id());
                ctx(n.ctx());
            }
            case Expr.ListExpr l -> {
                open("List");
                exprs("elts", l.elts());
                ctx(l.ctx());
            }
            case Expr.Tuple t -> {
                open("Tuple");
                exprs("elts", t.elts());
                ctx(t.ctx());
            }
            case Expr.Slice s -> {
                open("Slice");
                optExpr("lower", s.lower());
                optExpr("upper", s.upper());
                optExpr("step", s.step());
            }
        }
        close(e);
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> {
                open("MatchValue");
                exprField("value", v.value());
            }
            case Pattern.MatchSingleton s -> {
                open("MatchSingleton");
                field("value");
                sb.append(PyRepr.constant(s.value()));
            }
            case Pattern.MatchSequence s -> {
                open("MatchSequence");
                patterns("patterns", s.patterns());
            }
            case Pattern.MatchMapping m -> {
                open("MatchMapping");
                exprs("keys", m.keys());
                patterns("patterns", m.patterns());
                optStr("rest", m.rest());
            }
            case Pattern.MatchClass c -> {
                open("MatchClass");
                exprField("cls", c.cls());
                patterns("patterns", c.patterns());
                strs("kwd_attrs", c.kwdAttrs());
                patterns("kwd_patterns", c.kwdPatterns());
            }
            case Pattern.MatchStar s -> {
                open("MatchStar");
                optStr("name", s.name());
            }
            case Pattern.MatchAs a -> {
                open("MatchAs");
                if (a.pattern() != null) {
                    field("pattern");
                    pattern(a.pattern());
                }
                optStr("name", a.name());
            }
            case Pattern.MatchOr o -> {
                open("MatchOr");
                patterns("patterns", o.patterns());
            }
        }
        close(p);
    }
}
