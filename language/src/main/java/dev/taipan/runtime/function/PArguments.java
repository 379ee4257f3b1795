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
}
