package dev.taipan.compiler;

/**
 * Options of one compilation: how the module's last expression statement is treated, the
 * optimisation level (-O) and the {@code __future__} features in force.
 */
public record CompilerFlags(boolean interactive, boolean returnLastExpression, int optimize, boolean futureAnnotations, boolean eagerNested) {

    public static final CompilerFlags DEFAULT = new CompilerFlags(false, false, 0, false, false);

    public CompilerFlags withFutureAnnotations(boolean value) {
        return new CompilerFlags(interactive, returnLastExpression, optimize, value, eagerNested);
    }
}
