package dev.taipan.compiler;

import java.util.ArrayList;
import java.util.List;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Keyword;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;

/** def, class and lambda: creating function objects and running class bodies. */
final class DefinitionCompiler {
    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    DefinitionCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    void emitFunctionDef(Stmt.FunctionDef f) {
        boolean generic = !f.typeParams().isEmpty();
        g.emitStoreName(f.name(), () -> {
            for (Expr d : f.decoratorList()) {
                b.beginDecorate();
                g.exprs.emit(d);
            }
            if (generic) {
                new GenericCompiler(g).emitCall(f);
            } else {
                emitFunctionObject(f, false);
            }
            for (int i = 0; i < f.decoratorList().size(); i++) {
                b.endDecorate();
            }
        });
    }

    /** The function object of a def; in a generic def's annotation scope the defaults are its parameters. */
    void emitFunctionObject(Stmt.FunctionDef f, boolean defaultsFromScopeParameters) {
        PCode code = g.childCode(f, f.name());
        emitMakeFunction(code, g.unit.symtable.scopeOf(f), f.args(), f.returns(), true, defaultsFromScopeParameters);
    }

    void emitLambda(Expr.Lambda l) {
        PCode code = g.childCode(l, "<lambda>");
        emitMakeFunction(code, g.unit.symtable.scopeOf(l), l.args(), null, false, false);
    }

    private void emitMakeFunction(PCode code, Scope child, Arguments args, Expr returns, boolean withAnnotations, boolean defaultsFromScopeParameters) {
        b.beginMakeFunction(code);
        boolean anyKwDefault = args.kwDefaults().stream().anyMatch(java.util.Objects::nonNull);
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else if (defaultsFromScopeParameters) {
            g.emitLoadName(".defaults");
        } else {
            emitDefaults(args);
        }
        if (!anyKwDefault) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else if (defaultsFromScopeParameters) {
            g.emitLoadName(".kwdefaults");
        } else {
            emitKwDefaults(args);
        }
        List<Arg> annotated = new ArrayList<>();
        if (withAnnotations) {
            for (Arg a : CodeGenerator.ArgNames.all(args)) {
                if (a.annotation() != null) {
                    annotated.add(a);
                }
            }
        }
        if (annotated.isEmpty() && returns == null) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            b.beginBuildMap();
            for (Arg a : annotated) {
                b.emitLoadConstant(g.mangle(a.arg()));
                g.exprs.emitAnnotation(a.annotation());
            }
            if (returns != null) {
                b.emitLoadConstant("return");
                g.exprs.emitAnnotation(returns);
            }
            b.endBuildMap();
        }
        g.emitClosureCells(child);
        b.endMakeFunction();
    }

    /** The tuple of positional defaults. */
    void emitDefaults(Arguments args) {
        b.beginBuildTuple();
        for (Expr d : args.defaults()) {
            g.exprs.emit(d);
        }
        b.endBuildTuple();
    }

    /** The dict of keyword-only defaults. */
    void emitKwDefaults(Arguments args) {
        b.beginBuildMap();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                b.emitLoadConstant(g.mangle(args.kwonlyargs().get(i).arg()));
                g.exprs.emit(d);
            }
        }
        b.endBuildMap();
    }

    void emitClassDef(Stmt.ClassDef c) {
        boolean generic = !c.typeParams().isEmpty();
        g.emitStoreName(c.name(), () -> {
            for (Expr d : c.decoratorList()) {
                b.beginDecorate();
                g.exprs.emit(d);
            }
            if (generic) {
                new GenericCompiler(g).emitCall(c);
            } else {
                emitBuildClass(c, null);
            }
            for (int i = 0; i < c.decoratorList().size(); i++) {
                b.endDecorate();
            }
        });
    }

    /**
     * {@code __build_class__(body, name, *bases, **keywords)}; a generic class gets
     * {@code extraBase} (its {@code Generic[T, ...]}) after its own bases.
     */
    void emitBuildClass(Stmt.ClassDef c, Runnable extraBase) {
        PCode code = g.childCode(c, c.name());
        Scope child = g.unit.symtable.scopeOf(c);
        boolean star = false;
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Starred) {
                star = true;
            }
        }
        boolean doubleStar = false;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                doubleStar = true;
            }
        }
        if (star || doubleStar) {
            b.beginCallFunctionEx();
            b.emitLoadGlobal("__build_class__");
            b.beginBuildUnpacking(0, starMask(c.bases(), extraBase != null));
            emitClassFunction(code, child);
            b.emitLoadConstant(c.name());
            for (Expr base : c.bases()) {
                g.exprs.emit(base instanceof Expr.Starred s ? s.value() : base);
            }
            if (extraBase != null) {
                extraBase.run();
            }
            b.endBuildUnpacking();
            if (c.keywords().isEmpty()) {
                b.emitLoadConstant(PNone.NO_VALUE);
            } else {
                b.beginBuildCallKeywords();
                for (Keyword k : c.keywords()) {
                    if (k.arg() == null) {
                        b.emitLoadConstant(PNone.NO_VALUE);
                    } else {
                        b.emitLoadConstant(k.arg());
                    }
                    g.exprs.emit(k.value());
                }
                b.endBuildCallKeywords();
            }
            b.endCallFunctionEx();
        } else if (c.keywords().isEmpty()) {
            b.beginCallFunction();
            b.emitLoadGlobal("__build_class__");
            emitClassFunction(code, child);
            b.emitLoadConstant(c.name());
            for (Expr base : c.bases()) {
                g.exprs.emit(base);
            }
            if (extraBase != null) {
                extraBase.run();
            }
            b.endCallFunction();
        } else {
            b.beginCallFunctionKw(c.keywords().stream().map(Keyword::arg).toArray(String[]::new));
            b.emitLoadGlobal("__build_class__");
            emitClassFunction(code, child);
            b.emitLoadConstant(c.name());
            for (Expr base : c.bases()) {
                g.exprs.emit(base);
            }
            if (extraBase != null) {
                extraBase.run();
            }
            for (Keyword k : c.keywords()) {
                g.exprs.emit(k.value());
            }
            b.endCallFunctionKw();
        }
    }

    /** Mask for [function, name, *bases, extra base]: only the starred bases are spliced. */
    private static boolean[] starMask(List<Expr> bases, boolean extraBase) {
        boolean[] mask = new boolean[bases.size() + 2 + (extraBase ? 1 : 0)];
        for (int i = 0; i < bases.size(); i++) {
            mask[i + 2] = bases.get(i) instanceof Expr.Starred;
        }
        return mask;
    }

    private void emitClassFunction(PCode code, Scope child) {
        b.beginMakeFunction(code);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        g.emitClosureCells(child);
        b.endMakeFunction();
    }

    void emitTypeAlias(Stmt.TypeAlias ta) {
        GenericCompiler generics = new GenericCompiler(g);
        g.emitStoreName(GenericCompiler.definitionName(ta), () -> {
            if (ta.typeParams().isEmpty()) {
                generics.emitMakeTypeAlias(ta, null);
            } else {
                generics.emitCall(ta);
            }
        });
    }
}
