package dev.taipan.compiler;

/** Where a name lives, as the symbol table resolved it (CPython's scope constants). */
public enum NameScope {
    /** A fast local of a function (or a name in a module/class namespace). */
    LOCAL,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound anywhere enclosing: a module global or a builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function; reached through a closure cell. */
    FREE,
    /** A local that inner functions close over: stored in a cell. */
    CELL
}
