package dev.taipan.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.bytecode.BytecodeRootNodes;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.bytecode.PBytecodeRootNode;
import dev.taipan.bytecode.PBytecodeRootNodeGen;
import dev.taipan.parser.ast.Arg;
import dev.taipan.parser.ast.Arguments;
import dev.taipan.parser.ast.Expr;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Node;
import dev.taipan.parser.ast.Stmt;
import dev.taipan.runtime.function.CodeFlags;
import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.objects.PNone;

/**
 * Emits the bytecode of one code object through the Bytecode DSL builder: the prologue that
 * moves arguments into locals and cells, then the body via {@link StatementCompiler} and
 * {@link ExpressionCompiler}. Also creates the {@link PCode} objects of nested scopes.
 */
final class CodeGenerator {
    final CompilationUnit unit;
    final Scope scope;
    final Object node;
    final PCode code;
    final PBytecodeRootNodeGen.Builder b;
    final StatementCompiler stmts;
    final ExpressionCompiler exprs;
    final TargetCompiler targets;

    final Map<String, BytecodeLocal> fastLocals = new HashMap<>();
    /** Locals holding the PCell of each cell and free variable. */
    final Map<String, BytecodeLocal> cellLocals = new HashMap<>();
    final ArrayDeque<Loop> loops = new ArrayDeque<>();
    /** The caught-exception locals of the enclosing except blocks (innermost first), for bare raise. */
    final ArrayDeque<BytecodeLocal> handlerExceptions = new ArrayDeque<>();
    /** Fast locals certainly assigned at this point (no unbound check needed). */
    final Set<String> definitelyAssigned = new HashSet<>();
    /** Fast locals that are deleted somewhere (never treated as definitely assigned). */
    final Set<String> deletedSomewhere = new HashSet<>();
    /** >0 inside conditional/loop/try bodies, where assignments do not make names definite. */
    int conditionalDepth;

    /** A loop's break and continue targets (and whether a finally/with must be exited). */
    record Loop(BytecodeLabel breakLabel, BytecodeLabel continueLabel) {
    }

    private CodeGenerator(CompilationUnit unit, Scope scope, Object node, PCode code, PBytecodeRootNodeGen.Builder b) {
        this.unit = unit;
        this.scope = scope;
        this.node = node;
        this.code = code;
        this.b = b;
        this.stmts = new StatementCompiler(this);
        this.exprs = new ExpressionCompiler(this);
        this.targets = new TargetCompiler(this);
    }

    // ================================================================= code objects

    /** Creates the code object of {@code scope} (its bytecode is built on first execution). */
    static PCode createCode(CompilationUnit unit, Scope scope, Object node, String name, String qualname, CodeGenerator parent) {
        Object definition = node instanceof GenericCompiler.AnnotationScope a ? a.definition() : node;
        Arguments args = switch (node) {
            case Stmt.FunctionDef f -> f.args();
            case Expr.Lambda l -> l.args();
            default -> null;
        };
        int argcount = 0;
        int posonly = 0;
        int kwonly = 0;
        int flags = 0;
        if (args != null) {
            posonly = args.posonlyargs().size();
            argcount = posonly + args.args().size();
            kwonly = args.kwonlyargs().size();
            if (args.vararg() != null) {
                flags |= CodeFlags.VARARGS;
            }
            if (args.kwarg() != null) {
                flags |= CodeFlags.VARKEYWORDS;
            }
        } else if (scope.kind == ScopeKind.COMPREHENSION) {
            argcount = 1;
        } else if (scope.kind == ScopeKind.TYPE_PARAMS) {
            argcount = (int) scope.flags.values().stream().filter(f -> (f & Scope.DEF_PARAM) != 0).count();
        }
        if (scope.kind.isFunctionLike()) {
            flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
        }
        if (parent != null && parent.scope.kind.isFunctionLike()) {
            flags |= CodeFlags.NESTED;
        }
        if (scope.isGenerator && scope.isCoroutine) {
            flags |= CodeFlags.ASYNC_GENERATOR;
        } else if (scope.isGenerator) {
            flags |= CodeFlags.GENERATOR;
        } else if (scope.isCoroutine) {
            flags |= CodeFlags.COROUTINE;
        }
        if (unit.flags.futureAnnotations()) {
            flags |= CodeFlags.FUTURE_ANNOTATIONS;
        }
        int firstLine = definition instanceof Node n ? unit.lines.line(n.start()) : 1;
        if (definition instanceof Stmt.FunctionDef f && !f.decoratorList().isEmpty()) {
            firstLine = unit.lines.line(f.decoratorList().get(0).start());
        } else if (definition instanceof Stmt.ClassDef c && !c.decoratorList().isEmpty()) {
            firstLine = unit.lines.line(c.decoratorList().get(0).start());
        }
        String[] varnames = scope.kind.isFunctionLike() ? scope.varnames().toArray(new String[0]) : new String[0];
        String[] cellvars = scope.cellvars().toArray(new String[0]);
        String[] freevars = scope.freevars().toArray(new String[0]);
        PCode[] holder = new PCode[1];
        PCode code = new PCode(name, qualname, unit.filename, firstLine, argcount, posonly, kwonly, flags, varnames, cellvars, freevars, unit.source,
                        c -> buildRoot(unit, scope, node, c));
        holder[0] = code;
        if (node instanceof Stmt.FunctionDef f) {
            code.setDocstring(docstring(f.body()));
        }
        if (unit.flags.eagerNested()) {
            code.getRootNode();
        }
        return code;
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private static RootNode buildRoot(CompilationUnit unit, Scope scope, Object node, PCode code) {
        BytecodeRootNodes<PBytecodeRootNode> nodes = PBytecodeRootNodeGen.create(unit.language, dev.taipan.runtime.trace.TracedRoots.config(),
                        builder -> new CodeGenerator(unit, scope, node, code, builder).emitRoot());
        dev.taipan.runtime.trace.TracedRoots.register(nodes);
        PBytecodeRootNode root = nodes.getNode(0);
        root.setCode(code);
        if (code.isResumable()) {
            // a generator that moves from the uncached to the cached tier while suspended deopts forever
            root.getBytecodeNode().setUncachedThreshold(0);
        }
        return root;
    }

    /** Nested code objects are cached per AST node so that a reparse reuses them. */
    PCode childCode(Object childNode, String name) {
        return unit.childCodes.computeIfAbsent(childNode, n -> {
            Scope child = unit.symtable.scopeOf(n);
            String qualname = unit.presetQualnames.getOrDefault(n, childQualname(name));
            return createCode(unit, child, n, name, qualname, this);
        });
    }

    /**
     * The code of a generic definition's annotation scope. The definition made inside it gets
     * the qualname it would have here (CPython skips annotation scopes in qualnames).
     */
    PCode annotationScopeCode(Object definition, String name) {
        return unit.annotationScopeCodes.computeIfAbsent(definition, d -> {
            GenericCompiler.AnnotationScope n = new GenericCompiler.AnnotationScope(definition);
            unit.presetQualnames.put(definition, childQualname(name));
            Scope scope = unit.symtable.typeParamsScope(definition);
            String scopeName = "<generic parameters of " + name + ">";
            return createCode(unit, scope, n, scopeName, childQualname(scopeName), this);
        });
    }

    /** CPython's qualname rule: Class.method, outer.<locals>.inner. */
    String childQualname(String name) {
        if (scope.kind == ScopeKind.MODULE) {
            return name;
        }
        if (scope.parent != null && scope.parent.kind == ScopeKind.MODULE && scope.kind == ScopeKind.CLASS) {
            return code.getQualname() + "." + name;
        }
        NameScope ns = scope.resolved.get(name);
        if (ns == NameScope.GLOBAL_EXPLICIT) {
            return name;
        }
        if (scope.kind == ScopeKind.CLASS) {
            return code.getQualname() + "." + name;
        }
        return code.getQualname() + ".<locals>." + name;
    }

    // ================================================================= the root

    private void emitRoot() {
        int start = 0;
        int end = unit.source.getLength();
        Object positioned = node instanceof GenericCompiler.AnnotationScope a ? a.definition() : node;
        if (positioned instanceof Node n) {
            start = n.start();
            end = n.end();
        }
        b.beginSource(unit.source);
        b.beginSourceSection(start, Math.max(0, end - start));
        b.beginRoot();
        declareLocals();
        emitPrologue();
        if (code.isResumable()) {
            // Calling a generator function runs just the prologue and suspends here, so the
            // generator's body only ever runs as a continuation (resumed through an inline cache)
            // and the root itself stays a tiny compilation unit.
            b.beginYield();
            b.emitLoadConstant(PNone.NONE);
            b.endYield();
        }
        b.emitTraceCall(code.getFirstLineNo());
        switch (node) {
            case Mod.Module m -> emitModuleBody(m.body(), unit.flags.returnLastExpression());
            case Mod.Interactive m -> emitModuleBody(m.body(), false);
            case Mod.Expression e -> {
                beginReturn();
                exprs.emit(e.expr());
                endReturn();
            }
            case Stmt.FunctionDef f -> {
                stmts.emitBody(docstring(f.body()) != null ? f.body().subList(1, f.body().size()) : f.body());
                emitReturnNone();
            }
            case Expr.Lambda l -> {
                beginReturn();
                exprs.emit(l.body());
                endReturn();
            }
            case Stmt.ClassDef c -> emitClassBody(c);
            case GenericCompiler.AnnotationScope a -> new GenericCompiler(this).emitBody(a.definition());
            case Expr e when scope.kind == ScopeKind.TYPE_ALIAS_VALUE -> {
                b.beginReturn();
                exprs.emit(e);
                b.endReturn();
            }
            case Expr e -> new ComprehensionCompiler(this).emitBody(e);
            default -> throw new IllegalStateException("cannot compile " + node);
        }
        b.endRoot();
        b.endSourceSection();
        b.endSource();
    }

    private void emitModuleBody(List<Stmt> body, boolean returnLast) {
        String doc = docstring(body);
        List<Stmt> rest = body;
        if (doc != null && !unit.flags.interactive()) {
            emitStoreNameConstant("__doc__", doc);
            rest = body.subList(1, body.size());
        }
        if (hasAnnotations(rest)) {
            b.emitSetupAnnotations();
        }
        if (returnLast && !rest.isEmpty() && rest.get(rest.size() - 1) instanceof Stmt.ExprStmt last) {
            stmts.emitBody(rest.subList(0, rest.size() - 1));
            beginStatement(last);
            beginReturn();
            exprs.emit(last.value());
            endReturn();
            endStatement();
            return;
        }
        stmts.emitBody(rest);
        emitReturnNone();
    }

    private void emitClassBody(Stmt.ClassDef c) {
        // __module__ = __name__; __qualname__ = qualname
        b.beginStoreName("__module__");
        b.emitLoadGlobal("__name__");
        b.endStoreName();
        emitStoreNameConstant("__qualname__", code.getQualname());
        if (!c.typeParams().isEmpty()) {
            b.beginStoreName("__type_params__");
            emitLoadName(".type_params");
            b.endStoreName();
        }
        List<Stmt> body = c.body();
        String doc = docstring(body);
        if (doc != null) {
            emitStoreNameConstant("__doc__", doc);
            body = body.subList(1, body.size());
        }
        if (hasAnnotations(body)) {
            b.emitSetupAnnotations();
        }
        stmts.emitBody(body);
        if (scope.needsClassClosure) {
            b.beginStoreName("__classcell__");
            b.emitLoadLocal(cellLocals.get("__class__"));
            b.endStoreName();
        }
        emitReturnNone();
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (containsAnnAssign(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAnnAssign(Stmt s) {
        return switch (s) {
            case Stmt.AnnAssign a -> true;
            case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
            case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
            case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
            case Stmt.With w -> hasAnnotations(w.body());
            case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
            default -> false;
        };
    }

    private void emitStoreNameConstant(String name, Object value) {
        b.beginStoreName(name);
        b.emitLoadConstant(value);
        b.endStoreName();
    }

    void emitReturnNone() {
        beginReturn();
        b.emitLoadConstant(PNone.NONE);
        endReturn();
    }

    /** Return of the code's result; a generator's or coroutine's result goes out wrapped (see GeneratorReturnValue). */
    void beginReturn() {
        b.beginReturn();
        if (code.isResumable()) {
            b.beginGeneratorReturnValue();
        }
        b.beginTraceReturn();
    }

    void endReturn() {
        b.endTraceReturn();
        if (code.isResumable()) {
            b.endGeneratorReturnValue();
        }
        b.endReturn();
    }

    private void declareLocals() {
        if (scope.kind.isFunctionLike()) {
            for (String name : scope.varnames()) {
                if (scope.lookup(name) == NameScope.LOCAL) {
                    fastLocals.put(name, b.createLocal(name, null));
                }
            }
        }
        for (String name : scope.cellvars()) {
            cellLocals.put(name, b.createLocal(name, "cell"));
        }
        for (String name : scope.freevars()) {
            cellLocals.put(name, b.createLocal(name, "free"));
        }
        if (scope.kind.isFunctionLike()) {
            collectDeletedNames();
        }
    }

    private void emitPrologue() {
        List<String> params = new ArrayList<>();
        if (scope.kind.isFunctionLike()) {
            int nparams = code.getArgCount() + code.getKwOnlyArgCount() + ((code.getFlags() & CodeFlags.VARARGS) != 0 ? 1 : 0) +
                            ((code.getFlags() & CodeFlags.VARKEYWORDS) != 0 ? 1 : 0);
            params.addAll(scope.varnames().subList(0, nparams));
        }
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i);
            if (scope.lookup(name) == NameScope.CELL) {
                b.beginStoreLocal(cellLocals.get(name));
                b.beginMakeCell();
                b.emitLoadArgument(2 + i);
                b.endMakeCell();
                b.endStoreLocal();
            } else {
                b.beginStoreLocal(fastLocals.get(name));
                b.emitLoadArgument(2 + i);
                b.endStoreLocal();
                definitelyAssigned.add(name);
            }
        }
        for (String name : scope.cellvars()) {
            if (!params.contains(name)) {
                b.beginStoreLocal(cellLocals.get(name));
                b.beginMakeCell();
                b.emitLoadConstant(PNone.NO_VALUE);
                b.endMakeCell();
                b.endStoreLocal();
            }
        }
        List<String> free = scope.freevars();
        for (int i = 0; i < free.size(); i++) {
            b.beginStoreLocal(cellLocals.get(free.get(i)));
            b.emitLoadClosure(i);
            b.endStoreLocal();
        }
    }

    private void collectDeletedNames() {
        List<Stmt> body = switch (node) {
            case Stmt.FunctionDef f -> f.body();
            default -> List.of();
        };
        DeletedNames.collect(body, deletedSomewhere);
    }

    // ================================================================= statements helpers

    void beginStatement(Node s) {
        b.beginSourceSection(s.start(), Math.max(0, s.end() - s.start()));
        b.beginTag(StatementTag.class);
        int line = lineOf(s);
        if (line != lastTracedLine) {
            // one 'line' event per line, as CPython: statements sharing a line (a = 1; b = 2) share it
            b.emitTraceLine(line);
            lastTracedLine = line;
        }
    }

    /**
     * How many try and with statements enclose the code being emitted: a generator suspended
     * inside one has something to run when it is closed (see PCode#suspendsInTry).
     */
    int protectedDepth;

    /** The line of the last TraceLine emitted in straight-line code (see beginStatement). */
    private int lastTracedLine = -1;

    /**
     * A yield of the value {@code value} emits, with the trace instrumentations around it: the
     * frame's 'return' event with the yielded value, and its 'call' event when it is resumed.
     */
    void emitTracedYield(Runnable value) {
        emitTracedYield(value, false);
    }

    /**
     * The yield of a {@code yield} expression or a generator expression's element: a plain
     * generator's ints go out unboxed (UnboxedYield), an async generator's values wrapped.
     */
    void emitValueYield(Runnable value) {
        boolean asyncGenerator = scope.isGenerator && scope.isCoroutine;
        emitTracedYield(() -> exprs.emitYieldedValue(value), !asyncGenerator);
    }

    private void emitTracedYield(Runnable value, boolean unboxedInts) {
        if (protectedDepth > 0) {
            code.markSuspendsInTry();
        }
        b.beginTraceResume();
        b.beginYield();
        if (unboxedInts) {
            b.beginUnboxedYield();
        }
        b.beginTraceYield();
        value.run();
        b.endTraceYield();
        if (unboxedInts) {
            b.endUnboxedYield();
        }
        b.endYield();
        b.endTraceResume();
    }

    /**
     * A 'line' event for {@code n}'s line wherever control arrives there, as CPython's show it:
     * a loop's header before each next iteration, each case of a match statement tried.
     */
    void emitLineEvent(Node n) {
        lastTracedLine = lineOf(n);
        b.emitTraceLine(lastTracedLine);
    }

    private int lineOf(Node s) {
        return unit.lines.line(s.start());
    }

    void endStatement() {
        b.endTag(StatementTag.class);
        b.endSourceSection();
    }

    BytecodeLocal newTemp() {
        return b.createLocal();
    }

    /**
     * Drops a temporary's value once the statement is done with it: CPython's value stack lets go
     * of a loop's iterator or a with's manager at once, and a frame slot must not keep them (and
     * what they hold, an abandoned generator say) alive until the function returns.
     */
    void clearTemp(BytecodeLocal temp) {
        b.emitClearTemp(temp);
    }

    // ================================================================= names

    String mangle(String name) {
        return Mangling.mangle(scope, name);
    }

    NameScope nameScope(String name) {
        return scope.lookup(name);
    }

    void emitLoadName(String rawName) {
        String name = mangle(rawName);
        switch (nameScope(name)) {
            case FREE -> {
                if (scope.kind == ScopeKind.CLASS) {
                    b.beginLoadClassDeref(name);
                    b.emitLoadLocal(cellLocals.get(name));
                    b.endLoadClassDeref();
                } else {
                    b.beginLoadCell(name, true);
                    b.emitLoadLocal(cellLocals.get(name));
                    b.endLoadCell();
                }
            }
            case CELL -> {
                if (scope.kind.isFunctionLike()) {
                    b.beginLoadCell(name, false);
                    b.emitLoadLocal(cellLocals.get(name));
                    b.endLoadCell();
                } else {
                    b.emitLoadName(name);
                }
            }
            case LOCAL -> {
                if (scope.kind.isFunctionLike()) {
                    BytecodeLocal l = fastLocals.get(name);
                    if (isConcatTarget(name)) {
                        b.beginLoadAccumulated(name);
                        b.emitLoadLocal(l);
                        b.endLoadAccumulated();
                    } else if (definitelyAssigned.contains(name) && !deletedSomewhere.contains(name)) {
                        b.emitLoadLocal(l);
                    } else {
                        b.beginCheckUnbound(name);
                        b.emitLoadLocal(l);
                        b.endCheckUnbound();
                    }
                } else {
                    b.emitLoadName(name);
                }
            }
            case GLOBAL_EXPLICIT -> b.emitLoadGlobal(name);
            case GLOBAL_IMPLICIT -> {
                if (scope.kind.isFunctionLike()) {
                    b.emitLoadGlobal(name);
                } else {
                    b.emitLoadName(name);
                }
            }
        }
    }

    /** Stores the value emitted by {@code value} into a name. */
    void emitStoreName(String rawName, Runnable value) {
        String name = mangle(rawName);
        switch (nameScope(name)) {
            case FREE, CELL -> {
                if (nameScope(name) == NameScope.CELL && !scope.kind.isFunctionLike()) {
                    b.beginStoreName(name);
                    value.run();
                    b.endStoreName();
                    return;
                }
                b.beginStoreCell();
                b.emitLoadLocal(cellLocals.get(name));
                value.run();
                b.endStoreCell();
            }
            case LOCAL -> {
                if (scope.kind.isFunctionLike()) {
                    b.beginStoreLocal(fastLocals.get(name));
                    value.run();
                    b.endStoreLocal();
                    if (conditionalDepth == 0) {
                        definitelyAssigned.add(name);
                    }
                } else {
                    b.beginStoreName(name);
                    value.run();
                    b.endStoreName();
                }
            }
            case GLOBAL_EXPLICIT -> {
                b.beginStoreGlobal(name);
                value.run();
                b.endStoreGlobal();
            }
            case GLOBAL_IMPLICIT -> {
                if (scope.kind.isFunctionLike()) {
                    b.beginStoreGlobal(name);
                    value.run();
                    b.endStoreGlobal();
                } else {
                    b.beginStoreName(name);
                    value.run();
                    b.endStoreName();
                }
            }
        }
    }

    void emitDeleteName(String rawName) {
        String name = mangle(rawName);
        switch (nameScope(name)) {
            case FREE, CELL -> {
                if (!scope.kind.isFunctionLike() && nameScope(name) == NameScope.CELL) {
                    b.emitDeleteName(name);
                    return;
                }
                b.beginDeleteCell(name, nameScope(name) == NameScope.FREE);
                b.emitLoadLocal(cellLocals.get(name));
                b.endDeleteCell();
            }
            case LOCAL -> {
                if (scope.kind.isFunctionLike()) {
                    b.emitDeleteFast(fastLocals.get(name), name);
                    definitelyAssigned.remove(name);
                } else {
                    b.emitDeleteName(name);
                }
            }
            case GLOBAL_EXPLICIT -> b.emitDeleteGlobal(name);
            case GLOBAL_IMPLICIT -> {
                if (scope.kind.isFunctionLike()) {
                    b.emitDeleteGlobal(name);
                } else {
                    b.emitDeleteName(name);
                }
            }
        }
    }

    /** Whether the (mangled) name is a fast local that may hold a StrAccumulator. */
    boolean isConcatTarget(String name) {
        return scope.kind.isFunctionLike() && scope.concatTargets.contains(name) && nameScope(name) == NameScope.LOCAL;
    }

    /**
     * {@code name += value} ({@code inplace}) or {@code name = name + value} when the name is a
     * concatenation target (see {@link Concatenation}); false when it is not, emitting nothing.
     */
    boolean emitConcatenation(String rawName, Expr value, boolean inplace) {
        String name = mangle(rawName);
        if (!isConcatTarget(name)) {
            return false;
        }
        BytecodeLocal l = fastLocals.get(name);
        emitStoreName(rawName, () -> {
            b.beginInplaceAccumulate(name, inplace);
            b.emitLoadLocal(l);
            exprs.emit(value);
            b.endInplaceAccumulate();
        });
        return true;
    }

    /** The fast local a Name target writes to directly, or null if it is not a plain fast local. */
    BytecodeLocal fastLocalFor(String rawName) {
        String name = mangle(rawName);
        if (scope.kind.isFunctionLike() && nameScope(name) == NameScope.LOCAL) {
            return fastLocals.get(name);
        }
        return null;
    }

    void markAssigned(String rawName) {
        if (conditionalDepth == 0) {
            definitelyAssigned.add(mangle(rawName));
        }
    }

    /** Emits the closure cells a child scope needs, in the child's co_freevars order. */
    void emitClosureCells(Scope child) {
        for (String name : child.freevars()) {
            BytecodeLocal l = cellLocals.get(name);
            if (l == null) {
                throw new IllegalStateException("no cell for " + name + " in " + scope.name);
            }
            b.emitLoadLocal(l);
        }
    }

    SyntaxErrors errors() {
        return new SyntaxErrors(unit);
    }

    static final class ArgNames {
        private ArgNames() {
        }

        static List<Arg> all(Arguments a) {
            List<Arg> out = new ArrayList<>(a.posonlyargs());
            out.addAll(a.args());
            if (a.vararg() != null) {
                out.add(a.vararg());
            }
            out.addAll(a.kwonlyargs());
            if (a.kwarg() != null) {
                out.add(a.kwarg());
            }
            return out;
        }
    }
}
