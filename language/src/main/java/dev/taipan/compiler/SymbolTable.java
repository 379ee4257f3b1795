package dev.taipan.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import dev.taipan.parser.SourceLines;
import dev.taipan.parser.SyntaxErrorException;
import dev.taipan.parser.ast.Mod;
import dev.taipan.parser.ast.Node;

/**
 * The symbol table of a module (the book's chapter 3, CPython's symtable.c): one {@link Scope}
 * per module, class, function, lambda, comprehension and type-parameter scope, with every name
 * resolved to local, cell, free or global. Built in two passes: {@link SymbolTableBuilder}
 * records definitions and uses; {@link #analyze} resolves names from the leaves up.
 */
public final class SymbolTable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final Scope top;
    final SourceLines lines;
    final boolean futureAnnotations;

    /** Where the compiler's warnings go (null: not wanted). */
    java.util.List<dev.taipan.parser.CompileWarning> warnings;

    /** A SyntaxWarning at {@code at}'s line. */
    void warn(String message, Node at) {
        if (warnings != null) {
            warnings.add(new dev.taipan.parser.CompileWarning(message, lines.line(at.start())));
        }
    }

    private SymbolTable(Scope top, SourceLines lines, boolean futureAnnotations) {
        this.top = top;
        this.lines = lines;
        this.futureAnnotations = futureAnnotations;
    }

    /** Builds and analyses the symbol table; throws SyntaxErrorException for scoping errors. */
    public static SymbolTable build(Mod mod, SourceLines lines, boolean futureAnnotations) {
        return build(mod, lines, futureAnnotations, null);
    }

    /** As above, adding the compiler's warnings (CompilerWarnings) to {@code warnings} unless null. */
    public static SymbolTable build(Mod mod, SourceLines lines, boolean futureAnnotations, java.util.List<dev.taipan.parser.CompileWarning> warnings) {
        Scope top = new Scope(ScopeKind.MODULE, "top", null, mod);
        SymbolTable table = new SymbolTable(top, lines, futureAnnotations);
        table.warnings = warnings;
        table.scopes.put(mod, top);
        new SymbolTableBuilder(table).visitModule(mod, top);
        table.analyze();
        return table;
    }

    void register(Object node, Scope scope) {
        scopes.put(node, scope);
    }

    /** The scope opened by an AST node (Mod, FunctionDef, Lambda, ClassDef, comprehension...). */
    public Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        }
        return s;
    }

    private final Map<Object, Scope> typeParamScopes = new IdentityHashMap<>();

    void registerTypeParams(Object node, Scope scope) {
        typeParamScopes.put(node, scope);
    }

    /** The PEP 695 annotation scope of a generic def/class/type alias, or null. */
    public Scope typeParamsScope(Object node) {
        return typeParamScopes.get(node);
    }

    public Scope top() {
        return top;
    }

    SyntaxErrorException error(String message, Node at) {
        int start = at == null ? 0 : at.start();
        int end = at == null ? 0 : at.end();
        int line = lines.line(start);
        int endLine = lines.line(end);
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, message, line, lines.codePointColumn(start) + 1, endLine, lines.codePointColumn(end) + 1,
                        lines.lineText(line), false);
    }

    // ---------------------------------------------------------------- analysis (second pass)

    private void analyze() {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        if (s.kind == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != ScopeKind.CLASS) {
            if (s.kind.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            newFree.addAll(childFree);
        }
        if (s.kind.isFunctionLike()) {
            for (Map.Entry<String, NameScope> e : s.resolved.entrySet()) {
                if (e.getValue() == NameScope.LOCAL && newFree.contains(e.getKey())) {
                    e.setValue(NameScope.CELL);
                    s.cellvars.add(e.getKey());
                    newFree.remove(e.getKey());
                }
            }
        } else if (s.kind == ScopeKind.CLASS) {
            if (newFree.remove("__class__")) {
                s.needsClassClosure = true;
                s.cellvars.add("__class__");
            }
            if (newFree.remove("__classdict__")) {
                s.needsClassDict = true;
                s.cellvars.add("__classdict__");
            }
        }
        // names free in children: pass through this scope
        for (String name : newFree) {
            NameScope existing = s.resolved.get(name);
            if (existing != null) {
                if (s.kind == ScopeKind.CLASS && (existing == NameScope.LOCAL || existing == NameScope.GLOBAL_EXPLICIT || existing == NameScope.GLOBAL_IMPLICIT)) {
                    s.flags.put(name, s.getFlags(name) | Scope.DEF_FREE_CLASS);
                    s.freevars.add(name);
                }
                continue;
            }
            if (bound == null || !bound.contains(name)) {
                continue;
            }
            s.resolved.put(name, NameScope.FREE);
            s.freevars.add(name);
        }
        for (Map.Entry<String, NameScope> e : s.resolved.entrySet()) {
            if (e.getValue() == NameScope.FREE) {
                s.freevars.add(e.getKey());
            }
        }
        free.addAll(newFree);
        // the varnames: parameters were added first by the builder; then the other fast locals
        if (s.kind.isFunctionLike()) {
            for (Map.Entry<String, NameScope> e : s.resolved.entrySet()) {
                if (e.getValue() == NameScope.LOCAL && !s.varnames.contains(e.getKey())) {
                    s.varnames.add(e.getKey());
                }
            }
        }
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", s.declarations.get(name));
            }
            s.resolved.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
        } else if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", s.declarations.get(name));
            }
            s.resolved.put(name, NameScope.FREE);
            free.add(name);
        } else if ((flags & Scope.DEF_BOUND) != 0) {
            s.resolved.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
        } else if (bound != null && bound.contains(name)) {
            s.resolved.put(name, NameScope.FREE);
            free.add(name);
        } else {
            s.resolved.put(name, NameScope.GLOBAL_IMPLICIT);
        }
    }
}
