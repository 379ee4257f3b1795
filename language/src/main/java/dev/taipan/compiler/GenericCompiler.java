package dev.taipan.compiler;

import java.util.List;

import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.parser.ast.TypeParam;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;

/**
 * PEP 695 generics: {@code def f[T]}, {@code class C[T]} and {@code type X[T] = ...}. As in
 * CPython, the type parameters live in an annotation scope: a hidden function, called where the
 * definition stands, that creates the TypeVars, then the function, class or alias that sees them,
 * and returns it. TypeVar bounds and alias values are lazily evaluated functions of their own.
 */
final class GenericCompiler {
    /** The code-object key of a definition's annotation scope (the definition itself keys its body). */
    record AnnotationScope(Object definition) {
    }

    private final CodeGenerator g;
    private final PBytecodeRootNodeGen.Builder b;

    GenericCompiler(CodeGenerator g) {
        this.g = g;
        this.b = g.b;
    }

    static List<TypeParam> typeParams(Object definition) {
        return switch (definition) {
            case Stmt.FunctionDef f -> f.typeParams();
            case Stmt.ClassDef c -> c.typeParams();
            case Stmt.TypeAlias ta -> ta.typeParams();
            default -> throw new IllegalArgumentException(String.valueOf(definition));
        };
    }

    static String definitionName(Object definition) {
        return switch (definition) {
            case Stmt.FunctionDef f -> f.name();
            case Stmt.ClassDef c -> c.name();
            case Stmt.TypeAlias ta -> ((Expr.Name) ta.name()).id();
            default -> throw new IllegalArgumentException(String.valueOf(definition));
        };
    }

    // ================================================================ where the definition stands

    /** Calls the annotation scope, leaving the new function, class or alias on the stack. */
    void emitCall(Object definition) {
        String name = definitionName(definition);
        PCode code = g.annotationScopeCode(definition, name);
        Scope scope = g.unit.symtable.typeParamsScope(definition);
        b.beginCallFunction();
        b.beginMakeFunction(code);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        g.emitClosureCells(scope);
        b.endMakeFunction();
        if (definition instanceof Stmt.FunctionDef f) {
            // the defaults belong to the enclosing scope: evaluated here, passed in
            DefinitionCompiler defs = new DefinitionCompiler(g);
            if (!f.args().defaults().isEmpty()) {
                defs.emitDefaults(f.args());
            }
            if (f.args().kwDefaults().stream().anyMatch(java.util.Objects::nonNull)) {
                defs.emitKwDefaults(f.args());
            }
        }
        b.endCallFunction();
    }

    // ================================================================ inside the annotation scope

    /** The annotation scope's body: type parameters, then the definition, returned. */
    void emitBody(Object definition) {
        List<TypeParam> params = typeParams(definition);
        for (TypeParam tp : params) {
            g.emitStoreName(tp.name(), () -> emitTypeParam(tp));
        }
        DefinitionCompiler defs = new DefinitionCompiler(g);
        switch (definition) {
            case Stmt.FunctionDef f -> {
                b.beginReturn();
                b.beginCallTypingHelper("_set_type_params");
                defs.emitFunctionObject(f, true);
                emitParamsTuple(params);
                b.endCallTypingHelper();
                b.endReturn();
            }
            case Stmt.ClassDef c -> {
                g.emitStoreName(".type_params", () -> emitParamsTuple(params));
                g.emitStoreName(".generic_base", () -> {
                    b.beginCallTypingHelper("_make_generic_base");
                    g.emitLoadName(".type_params");
                    b.endCallTypingHelper();
                });
                b.beginReturn();
                defs.emitBuildClass(c, () -> g.emitLoadName(".generic_base"));
                b.endReturn();
            }
            case Stmt.TypeAlias ta -> {
                b.beginReturn();
                emitMakeTypeAlias(ta, () -> emitParamsTuple(params));
                b.endReturn();
            }
            default -> throw new IllegalArgumentException(String.valueOf(definition));
        }
    }

    private void emitParamsTuple(List<TypeParam> params) {
        b.beginBuildTuple();
        for (TypeParam tp : params) {
            g.emitLoadName(tp.name());
        }
        b.endBuildTuple();
    }

    private void emitTypeParam(TypeParam tp) {
        switch (tp) {
            case TypeParam.TypeVar tv -> {
                b.beginCallTypingHelper("_make_typevar");
                b.emitLoadConstant(tv.name());
                boolean constraints = tv.bound() instanceof Expr.Tuple;
                if (tv.bound() != null && !constraints) {
                    emitLazy(tv.bound(), tv.name());
                } else {
                    b.emitLoadConstant(PNone.NONE);
                }
                if (constraints) {
                    emitLazy(tv.bound(), tv.name());
                } else {
                    b.emitLoadConstant(PNone.NONE);
                }
                b.endCallTypingHelper();
            }
            case TypeParam.ParamSpec ps -> {
                b.beginCallTypingHelper("_make_paramspec");
                b.emitLoadConstant(ps.name());
                b.endCallTypingHelper();
            }
            case TypeParam.TypeVarTuple tvt -> {
                b.beginCallTypingHelper("_make_typevartuple");
                b.emitLoadConstant(tvt.name());
                b.endCallTypingHelper();
            }
        }
    }

    /** {@code type X = value} (params null) or the generic alias made inside its annotation scope. */
    void emitMakeTypeAlias(Stmt.TypeAlias ta, Runnable params) {
        b.beginCallTypingHelper("_make_typealias");
        b.emitLoadConstant(definitionName(ta));
        if (params == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            params.run();
        }
        emitLazy(ta.value(), definitionName(ta));
        b.endCallTypingHelper();
    }

    /** A function evaluating {@code value} in its own scope when first asked (bounds, alias values). */
    private void emitLazy(Expr value, String name) {
        PCode code = g.childCode(value, name);
        b.beginMakeFunction(code);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        b.emitLoadConstant(PNone.NO_VALUE);
        g.emitClosureCells(g.unit.symtable.scopeOf(value));
        b.endMakeFunction();
    }
}
