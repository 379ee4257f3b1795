package dev.taipan.runtime.function;

/**
 * The layout of the Truffle arguments array of every Python call (functions, builtins, module
 * and class bodies, generators):
 *
 * <pre>
 * [0] the callee: PFunction (gives globals, builtins, closure) or PBuiltinFunction
 * [1] special: the locals mapping of a class body or exec() with separate locals,
 *     the generator object of a generator frame; otherwise null
 * [2..] the parameters, already bound: positional, keyword-only, *args tuple, **kwargs dict
 * </pre>
 *
 * Call sites build their argument values in this layout from the start (the first
 * {@link #USER_START} slots left free, like CPython's PY_VECTORCALL_ARGUMENTS_OFFSET), so that
 * a call whose arguments bind one to one passes the very same array on as the callee's frame
 * arguments.
 */
public final class PArguments {
    private PArguments() {
    }

    public static final int CALLEE = 0;
    public static final int SPECIAL = 1;
    public static final int USER_START = 2;

    public static Object[] create(int userArgs) {
        return new Object[USER_START + userArgs];
    }

    public static Object getCallee(Object[] args) {
        return args[CALLEE];
    }

    public static Object getSpecial(Object[] args) {
        return args[SPECIAL];
    }

    public static Object getUser(Object[] args, int i) {
        return args[USER_START + i];
    }

    public static int userCount(Object[] args) {
        return args.length - USER_START;
    }

    /** Plain argument values (index 0 = first argument) in the call layout. */
    public static Object[] fromValues(Object... values) {
        Object[] args = new Object[USER_START + values.length];
        System.arraycopy(values, 0, args, USER_START, values.length);
        return args;
    }

    /** The argument values of a call-layout array, as a plain array. */
    public static Object[] values(Object[] args) {
        Object[] values = new Object[args.length - USER_START];
        System.arraycopy(args, USER_START, values, 0, values.length);
        return values;
    }

    /**
     * A call-layout array with {@code self} before the arguments of {@code args} (calling a bound
     * method). An arraycopy, not an exploded loop: the length is not always a compilation
     * constant, and Graal virtualizes the copy when it is.
     */
    public static Object[] insertSelf(Object self, Object[] args) {
        Object[] out = new Object[args.length + 1];
        out[USER_START] = self;
        System.arraycopy(args, USER_START, out, USER_START + 1, args.length - USER_START);
        return out;
    }

    /** The inverse of {@link #insertSelf}: the arguments after the first. */
    public static Object[] dropSelf(Object[] args) {
        Object[] out = new Object[args.length - 1];
        System.arraycopy(args, USER_START + 1, out, USER_START, args.length - USER_START - 1);
        return out;
    }
}
