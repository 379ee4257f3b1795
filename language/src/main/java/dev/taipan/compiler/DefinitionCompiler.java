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
        if (!f.typeParams().isEmpty()) {
            throw g.errors().at(f, "generic functions (PEP 695 type parameters) are not supported yet");
        }
        PCode code = g.childCode(f, f.name());
        Scope child = g.unit.symtable.scopeOf(f);
        g.emitStoreName(f.name(), () -> {
            for (Expr d : f.decoratorList()) {
                b.beginDecorate();
                g.exprs.emit(d);
            }
            emitMakeFunction(code, child, f.args(), f.returns(), true);
            for (int i = 0; i < f.decoratorList().size(); i++) {
                b.endDecorate();
            }
        });
    }

    void emitLambda(Expr.Lambda l) {
        PCode code = g.childCode(l, "<lambda>");
        emitMakeFunction(code, g.unit.symtable.scopeOf(l), l.args(), null, false);
    }

    private void emitMakeFunction(PCode code, Scope child, Arguments args, Expr returns, boolean withAnnotations) {
        b.beginMakeFunction(code);
        if (args.defaults().isEmpty()) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
            b.beginBuildTuple();
            for (Expr d : args.defaults()) {
                g.exprs.emit(d);
            }
            b.endBuildTuple();
        }
        boolean anyKwDefault = false;
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                anyKwDefault = true;
            }
        }
        if (!anyKwDefault) {
            b.emitLoadConstant(PNone.NO_VALUE);
        } else {
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

    void emitClassDef(Stmt.ClassDef c) {
        if (!c.typeParams().isEmpty()) {
            throw g.errors().at(c, "generic classes (PEP 695 type parameters) are not supported yet");
        }
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
        final boolean general = star || doubleStar;
        g.emitStoreName(c.name(), () -> {
            for (Expr d : c.decoratorList()) {
                b.beginDecorate();
                g.exprs.emit(d);
            }
            if (general) {
                b.beginCallFunctionEx();
                b.emitLoadGlobal("__build_class__");
                List<Expr> positional = new ArrayList<>();
                positional.add(null);
                b.beginBuildUnpacking(0, starMask(c.bases()));
                emitClassFunction(code, child);
                b.emitLoadConstant(c.name());
                for (Expr base : c.bases()) {
                    g.exprs.emit(base instanceof Expr.Starred s ? s.value() : base);
                }
                b.endBuildUnpacking();
                if (c.keywords().isEmpty()) {
                    b.emitLoadConstant(PNone.NO_VALUE);
                } else {
                    b.beginBuildMapUnpacking();
                    for (Keyword k : c.keywords()) {
                        if (k.arg() == null) {
                            b.emitLoadConstant(PNone.NO_VALUE);
                        } else {
                            b.emitLoadConstant(k.arg());
                        }
                        g.exprs.emit(k.value());
                    }
                    b.endBuildMapUnpacking();
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
                b.endCallFunction();
            } else {
                b.beginCallFunctionKw(c.keywords().stream().map(Keyword::arg).toArray(String[]::new));
                b.emitLoadGlobal("__build_class__");
                emitClassFunction(code, child);
                b.emitLoadConstant(c.name());
                for (Expr base : c.bases()) {
                    g.exprs.emit(base);
                }
                for (Keyword k : c.keywords()) {
                    g.exprs.emit(k.value());
                }
                b.endCallFunctionKw();
            }
            for (int i = 0; i < c.decoratorList().size(); i++) {
                b.endDecorate();
            }
        });
    }

    /** Mask for [function, name, *bases]: only the starred bases are spliced. */
    private static boolean[] starMask(List<Expr> bases) {
        boolean[] mask = new boolean[bases.size() + 2];
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
        throw g.errors().at(ta, "the type statement (PEP 695) is not supported yet");
    }
}
