package dev.taipan.runtime.function;

/**
 * The parameters of a callable, in CPython's order: positional (the first {@code posOnly} of
 * them positional-only), keyword-only, then the names of {@code *args} and {@code **kwargs} if
 * present. Defaults are not part of it (they live on the function object).
 */
public final class Signature {
    public static final Signature EMPTY = new Signature("", new String[0], 0, 0, 0, null, null);

    /** For error messages: the function's qualified name. */
    public final String name;
    /** Positional then keyword-only parameter names. */
    public final String[] names;
    public final int posOnly;
    /** Number of positional parameters (including the positional-only ones). */
    public final int positional;
    public final int kwOnly;
    /** Name of the {@code *args} parameter, or null. */
    public final String varargs;
    /** Name of the {@code **kwargs} parameter, or null. */
    public final String varkw;

    public Signature(String name, String[] names, int posOnly, int positional, int kwOnly, String varargs, String varkw) {
        this.name = name;
        this.names = names;
        this.posOnly = posOnly;
        this.positional = positional;
        this.kwOnly = kwOnly;
        this.varargs = varargs;
        this.varkw = varkw;
    }

    public boolean hasVarargs() {
        return varargs != null;
    }

    public boolean hasVarkw() {
        return varkw != null;
    }

    /** Number of frame argument slots the bound parameters take. */
    public int slotCount() {
        return positional + kwOnly + (varargs != null ? 1 : 0) + (varkw != null ? 1 : 0);
    }

    /** True when a call with exactly {@code n} positional arguments and no keywords binds 1:1. */
    public boolean isSimplePositional(int n) {
        return n == positional && kwOnly == 0 && varargs == null && varkw == null;
    }

    /** Only positional parameters: no keyword-only ones, no *args, no **kwargs. */
    public boolean isPositionalOnlyShape() {
        return kwOnly == 0 && varargs == null && varkw == null;
    }

    public Signature withName(String newName) {
        return new Signature(newName, names, posOnly, positional, kwOnly, varargs, varkw);
    }
}
