package dev.taipan.compiler;

/** The kinds of scope a code object can have. */
public enum ScopeKind {
    MODULE,
    CLASS,
    FUNCTION,
    LAMBDA,
    /** list/set/dict comprehensions and generator expressions (each its own code object). */
    COMPREHENSION,
    /** PEP 695 annotation scope holding type parameters (def f[T], class C[T], type X[T]). */
    TYPE_PARAMS,
    /** The lazily evaluated value of a {@code type X = ...} alias or a TypeVar bound. */
    TYPE_ALIAS_VALUE;

    /** Function-like scopes use fast locals; module and class bodies use dict-based names. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == LAMBDA || this == COMPREHENSION || this == TYPE_PARAMS || this == TYPE_ALIAS_VALUE;
    }
}
