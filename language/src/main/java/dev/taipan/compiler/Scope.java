package dev.taipan.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scope of the symbol table (CPython's symtable entry): the names it defines and uses with
 * their flags, and after analysis where each name lives ({@link NameScope}).
 */
public final class Scope {
    // definition flags, as in CPython's symtable.h
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_TYPE_PARAM = 1024;
    static final int DEF_COMP_CELL = 2048;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public final ScopeKind kind;
    public final String name;
    public final Scope parent;
    /** The AST node that opened the scope (Mod, FunctionDef, Lambda, ClassDef, comprehension...). */
    public final Object node;
    final List<Scope> children = new ArrayList<>();
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, NameScope> resolved = new LinkedHashMap<>();
    /** Parameters in order, then the other locals in order of first binding. */
    final List<String> varnames = new ArrayList<>();
    final Set<String> cellvars = new TreeSet<>();
    final Set<String> freevars = new TreeSet<>();
    final Set<String> globalsDeclared = new LinkedHashSet<>();
    /**
     * Names (mangled) this scope extends with {@code name += x} or {@code name = name + x}: as fast
     * locals they may hold a {@link dev.taipan.bytecode.StrAccumulator} (see there).
     */
    final Set<String> concatTargets = new java.util.HashSet<>();
    /** The global/nonlocal statement that declared a name (for error positions). */
    final Map<String, dev.taipan.parser.ast.Node> declarations = new LinkedHashMap<>();

    /** The class name used to mangle __private names (the innermost enclosing class), or null. */
    String privateName;
    boolean isGenerator;
    boolean isCoroutine;
    boolean hasVarargs;
    boolean hasVarkw;
    /** A class whose methods use super() or __class__: its body creates the __class__ cell. */
    boolean needsClassClosure;
    /** The class body uses __classdict__ (PEP 695 annotation scopes inside a class). */
    boolean needsClassDict;
    boolean hasReturnValue;
    /** A comprehension's walrus targets bind in the nearest function scope. */
    boolean isComprehension;
    /** The scope directly inside a class (methods), for __class__ handling. */
    boolean inClass;
    boolean hasImportStar;

    Scope(ScopeKind kind, String name, Scope parent, Object node) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.isComprehension = kind == ScopeKind.COMPREHENSION;
    }

    public NameScope lookup(String n) {
        NameScope s = resolved.get(n);
        if (s != null) {
            return s;
        }
        return kind.isFunctionLike() ? NameScope.GLOBAL_IMPLICIT : NameScope.GLOBAL_IMPLICIT;
    }

    public boolean isDefined(String n) {
        return flags.containsKey(n);
    }

    int getFlags(String n) {
        Integer f = flags.get(n);
        return f == null ? 0 : f;
    }

    /** Parameters first, then other fast locals: CPython's co_varnames. */
    public List<String> varnames() {
        return varnames;
    }

    /** Sorted, like CPython's co_cellvars (parameters that are cells keep their order first in CPython 3.11+; we sort all). */
    public List<String> cellvars() {
        return new ArrayList<>(cellvars);
    }

    public List<String> freevars() {
        return new ArrayList<>(freevars);
    }

    public List<Scope> children() {
        return children;
    }

    public boolean isGenerator() {
        return isGenerator;
    }

    public boolean isCoroutine() {
        return isCoroutine;
    }

    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public boolean needsClassDict() {
        return needsClassDict;
    }

    public boolean hasImportStar() {
        return hasImportStar;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + resolved;
    }
}
