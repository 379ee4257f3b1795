package dev.taipan.runtime.function;

/** {@code co_flags} bits, CPython's values. */
public final class CodeFlags {
    private CodeFlags() {
    }

    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int NOFREE = 0x40;
    public static final int COROUTINE = 0x80;
    public static final int ITERABLE_COROUTINE = 0x100;
    public static final int ASYNC_GENERATOR = 0x200;
    /** {@code from __future__ import annotations}. */
    public static final int FUTURE_ANNOTATIONS = 0x1000000;
}
