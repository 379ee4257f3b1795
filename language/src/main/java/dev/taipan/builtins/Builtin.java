package dev.taipan.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin function, method or attribute, on a node class that extends one of the
 * {@link PythonBuiltinNode} arities. The node receives the bound parameters in CPython's
 * co_varnames order: positional ({@link #params()}), keyword-only ({@link #kwOnly()}), then the
 * {@code *args} tuple and the {@code **kwargs} dict; an omitted optional parameter arrives as
 * {@code PNone.NO_VALUE}.
 *
 * Its values are written as code at build time (the generated {@link BuiltinAnnotations}, by
 * dev.taipan.processor) and read from there, not by reflection, so it is not kept for run time.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Builtin {
    /** The Python name. */
    String name();

    /** Positional parameter names (for a method, the first is self). */
    String[] params() default {};

    /**
     * How many of {@link #params()} are positional-only; -1 (the default) means all of them,
     * which is what most builtins written in C do.
     */
    int posOnly() default -1;

    /** How many leading params are required; -1 means all of them. */
    int required() default -1;

    /** Keyword-only parameter names (all optional). */
    String[] kwOnly() default {};

    /** Name of the {@code *args} parameter, or "" for none. */
    String varargs() default "";

    /** Name of the {@code **kwargs} parameter, or "" for none. */
    String varkw() default "";

    /** The method is a classmethod (first parameter is the class). */
    boolean isClassmethod() default false;

    /** The method is a staticmethod (e.g. {@code __new__}, {@code str.maketrans}). */
    boolean isStaticmethod() default false;

    /**
     * A data attribute (getset descriptor): the node is binary and gets (self, NO_VALUE) to read,
     * (self, value) to write and (self, DELETE) to delete when {@link #settable()}.
     */
    boolean isGetter() default false;

    /** For {@link #isGetter()}: the attribute can also be assigned. */
    boolean settable() default false;

    /**
     * For {@link #isGetter()}: CPython declares the attribute as a struct member (PyMemberDef),
     * so Python sees a {@code member_descriptor}: {@code types.MemberDescriptorType} is
     * {@code type(FunctionType.__globals__)}, and dataclasses and inspect test slots with it.
     */
    boolean isMember() default false;

    /**
     * For a constructor that CPython checks with _PyArg_CheckPositional/_PyArg_NoKeywords: the
     * name its arity errors use ("list expected at most 1 argument, got 2", "list() takes no
     * keyword arguments"). The first parameter (self or cls) is not counted.
     */
    String checkPositional() default "";

    /** {@code __doc__}. */
    String doc() default "";
}
