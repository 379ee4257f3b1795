package dev.taipan.runtime.function;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PythonErrors;
import dev.taipan.runtime.objects.PNone;
import dev.taipan.runtime.objects.PTuple;

/**
 * Binds call arguments to a {@link Signature}, producing the frame arguments array (see
 * {@link PArguments}). Arguments arrive vectorcall-style: the positional ones, then the values
 * of the keyword ones named by {@code kwnames}. Errors are CPython's TypeErrors.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /**
     * Binds arguments that arrive in a frame arguments array: the caller left the first
     * {@link PArguments#USER_START} slots free, the positional values follow, then the values of
     * the keywords named by {@code kwnames}. When the values already sit where the parameters go
     * (exactly the positional parameters, no keywords), the array itself becomes the frame's
     * arguments; otherwise a new one is bound.
     */
    public static Object[] bindInPlace(Object callee, Signature sig, Object[] defaults, PDict kwDefaults, Object[] args, String[] kwnames) {
        if (kwnames == null && sig.isSimplePositional(args.length - PArguments.USER_START)) {
            args[PArguments.CALLEE] = callee;
            args[PArguments.SPECIAL] = null;
            return args;
        }
        if (kwnames == null && sig.isPositionalOnlyShape()) {
            return bindPositional(callee, sig, defaults, args);
        }
        return bind(callee, sig, defaults, kwDefaults, args, PArguments.USER_START, kwnames);
    }

    /**
     * Positional arguments only, for a signature without *args, **kwargs and keyword-only
     * parameters: missing trailing parameters take their defaults. Not a boundary, so that a
     * compiled call of a function with defaults stays in one piece.
     */
    private static Object[] bindPositional(Object callee, Signature sig, Object[] defaults, Object[] args) {
        int npos = args.length - PArguments.USER_START;
        int ndefaults = defaults == null ? 0 : defaults.length;
        int firstDefault = sig.positional - ndefaults;
        if (npos > sig.positional || npos < firstDefault) {
            return bind(callee, sig, defaults, null, args, PArguments.USER_START, null);
        }
        Object[] frameArgs = new Object[PArguments.USER_START + sig.positional];
        frameArgs[PArguments.CALLEE] = callee;
        System.arraycopy(args, PArguments.USER_START, frameArgs, PArguments.USER_START, npos);
        for (int i = npos; i < sig.positional; i++) {
            frameArgs[PArguments.USER_START + i] = defaults[i - firstDefault];
        }
        return frameArgs;
    }

    /** {@link #bind(Object, Signature, Object[], PDict, Object[], int, String[])} for arguments starting at index 0. */
    public static Object[] bind(Object callee, Signature sig, Object[] defaults, PDict kwDefaults, Object[] args, String[] kwnames) {
        return bind(callee, sig, defaults, kwDefaults, args, 0, kwnames);
    }

    /**
     * The general case: the arguments are {@code args[start..]}. {@code defaults} are the
     * defaults of the last positional parameters (may be null); {@code kwDefaults} those of
     * keyword-only parameters (may be null).
     */
    @TruffleBoundary
    public static Object[] bind(Object callee, Signature sig, Object[] defaults, PDict kwDefaults, Object[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        if (nkw > 0 && callee instanceof PBuiltinFunction bf && keywordsForSubclassInit(bf, sig, args, start, npos)) {
            nkw = 0;
            kwnames = null;
        }
        if (callee instanceof PBuiltinFunction bf) {
            checkPositional(bf, sig, npos, nkw);
            checkPositionalOnlyArity(bf, sig, defaults, npos, nkw);
        }
        Object[] frameArgs = new Object[PArguments.USER_START + sig.slotCount()];
        frameArgs[PArguments.CALLEE] = callee;
        int base = PArguments.USER_START;
        int nparams = sig.positional + sig.kwOnly;

        // positional arguments
        int direct = Math.min(npos, sig.positional);
        System.arraycopy(args, start, frameArgs, base, direct);
        int slot = base + nparams;
        if (sig.hasVarargs()) {
            Object[] extra = new Object[Math.max(0, npos - sig.positional)];
            System.arraycopy(args, start + direct, extra, 0, extra.length);
            frameArgs[slot++] = PTuple.of(extra);
        } else if (npos > sig.positional) {
            throw tooManyPositional(callee, sig, defaults, npos, kwnames);
        }
        PDict varkw = null;
        if (sig.hasVarkw()) {
            varkw = new PDict();
            frameArgs[slot] = varkw;
        }

        // keyword arguments
        if (nkw > 0 && callee instanceof PBuiltinFunction bf && sig.posOnly == sig.positional && sig.kwOnly == 0 && sig.varkw == null) {
            // a builtin none of whose parameters can be named (CPython's METH_O/NOARGS/FASTCALL)
            throw PythonErrors.typeError("%s() takes no keyword arguments", builtinName(bf, npos > 0 ? args[start] : null));
        }
        List<String> posOnlyAsKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[start + npos + k];
            int idx = indexOf(sig, name);
            if (idx >= 0 && idx < sig.posOnly) {
                if (varkw != null) {
                    varkw.setString(name, value);
                    continue;
                }
                if (callee instanceof PBuiltinFunction bf) {
                    // CPython's argument parser knows positional-only names as no keyword at all
                    throw invalidKeyword(bf, name);
                }
                if (posOnlyAsKeyword == null) {
                    posOnlyAsKeyword = new ArrayList<>();
                }
                posOnlyAsKeyword.add(name);
                continue;
            }
            if (idx < 0) {
                if (varkw == null) {
                    if (callee instanceof PBuiltinFunction bf) {
                        throw invalidKeyword(bf, name);
                    }
                    throw PythonErrors.typeError("%s() got an unexpected keyword argument '%s'", displayName(callee, sig), name);
                }
                if (varkw.getString(name) != null) {
                    throw PythonErrors.typeError("%s() got multiple values for keyword argument '%s'", displayName(callee, sig), name);
                }
                varkw.setString(name, value);
                continue;
            }
            if (frameArgs[base + idx] != null) {
                if (callee instanceof PBuiltinFunction bf) {
                    // the position counts the parameters after self, from 1
                    int self = bf.getKind() == PBuiltinFunction.Kind.METHOD ? 1 : 0;
                    throw PythonErrors.typeError("argument for %s() given by name ('%s') and position (%d)", parserName(bf), name, idx + 1 - self);
                }
                throw PythonErrors.typeError("%s() got multiple values for argument '%s'", displayName(callee, sig), name);
            }
            frameArgs[base + idx] = value;
        }
        if (posOnlyAsKeyword != null) {
            throw PythonErrors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", displayName(callee, sig), String.join(", ", posOnlyAsKeyword));
        }

        // defaults for missing positional parameters
        int ndefaults = defaults == null ? 0 : defaults.length;
        int firstDefault = sig.positional - ndefaults;
        List<String> missing = null;
        for (int i = npos; i < sig.positional; i++) {
            if (frameArgs[base + i] == null) {
                if (i >= firstDefault) {
                    frameArgs[base + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.names[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(callee, sig, missing, "positional");
        }
        // keyword-only parameters
        for (int i = sig.positional; i < nparams; i++) {
            if (frameArgs[base + i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.getString(sig.names[i]);
                if (d == null && callee instanceof PBuiltinFunction) {
                    // keyword-only parameters of builtins are optional
                    d = PNone.NO_VALUE;
                }
                if (d != null) {
                    frameArgs[base + i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(sig.names[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(callee, sig, missing, "keyword-only");
        }
        return frameArgs;
    }

    /**
     * The name argument errors show: a Python function's current __qualname__ (which code such
     * as dataclasses reassigns), as CPython does; a builtin's __qualname__ (len, list.append).
     */
    private static String displayName(Object callee, Signature sig) {
        if (callee instanceof PFunction f && f.getQualname() != null) {
            return f.getQualname();
        } else if (callee instanceof PBuiltinFunction f) {
            return f.getQualname();
        }
        return sig.name;
    }

    /**
     * A builtin {@code __new__} that takes no keywords leaves them to a subclass that defines its
     * own {@code __init__} (CPython's "type == &X_Type || type->tp_init == X_Type.tp_init" test
     * before _PyArg_NoKeywords, in chain, islice, map, filter, tuple, float, frozenset ...).
     */
    private static boolean keywordsForSubclassInit(PBuiltinFunction f, Signature sig, Object[] args, int start, int npos) {
        if (!"__new__".equals(f.getName()) || sig.varkw != null || sig.kwOnly != 0 || (sig.posOnly != sig.positional && f.getDescriptor().checkPositional == null)) {
            return false;
        }
        return npos > 0 && args[start] instanceof dev.taipan.runtime.types.PythonClass cls && !cls.isBuiltin() &&
                        !(cls.lookup("__init__") instanceof PBuiltinFunction);
    }

    /** The arity checks of a constructor declared with {@code Builtin#checkPositional()}. */
    private static void checkPositional(PBuiltinFunction f, Signature sig, int npos, int nkw) {
        String name = f.getDescriptor().checkPositional;
        if (name == null) {
            return;
        }
        if (nkw > 0 && sig.varkw == null) {
            throw PythonErrors.typeError("%s() takes no keyword arguments", name);
        }
        int given = npos - 1;
        int min = sig.positional - 1 - (f.getDefaults() == null ? 0 : f.getDefaults().length);
        int max = sig.hasVarargs() ? Integer.MAX_VALUE : sig.positional - 1;
        if (given < min) {
            throw PythonErrors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min, min == 1 ? "" : "s", given);
        }
        if (given > max) {
            throw PythonErrors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max, max == 1 ? "" : "s", given);
        }
    }

    /**
     * A builtin taking positional-only arguments reports a wrong count in the words of CPython's
     * calling conventions: "takes no arguments (1 given)" (METH_NOARGS), "takes exactly one
     * argument (0 given)" (METH_O), or "get expected at least 1 argument, got 0" (Argument
     * Clinic's positional check, with the bare name).
     */
    private static void checkPositionalOnlyArity(PBuiltinFunction f, Signature sig, Object[] defaults, int npos, int nkw) {
        if (nkw > 0 || sig.posOnly != sig.positional || sig.kwOnly != 0 || sig.varkw != null || f.getDescriptor().checkPositional != null) {
            return;
        }
        int self = f.getKind() == PBuiltinFunction.Kind.METHOD ? 1 : 0;
        if (npos < self) {
            return;
        }
        int given = npos - self;
        int max = sig.hasVarargs() ? Integer.MAX_VALUE : sig.positional - self;
        int min = sig.positional - self - (defaults == null ? 0 : defaults.length);
        if (given >= min && given <= max) {
            return;
        }
        String name = builtinName(f, null);
        if (max == 0) {
            throw PythonErrors.typeError("%s() takes no arguments (%d given)", name, given);
        }
        if (min == 1 && max == 1) {
            throw PythonErrors.typeError("%s() takes exactly one argument (%d given)", name, given);
        }
        String bound = min == max ? "" : given < min ? "at least " : "at most ";
        int n = given < min ? min : max;
        throw PythonErrors.typeError("%s expected %s%d argument%s, got %d", f.getName(), bound, n, n == 1 ? "" : "s", given);
    }

    /** A builtin's __qualname__; a classmethod bound to a class is named after that class. */
    private static String builtinName(PBuiltinFunction f, Object first) {
        if (f.getKind() == PBuiltinFunction.Kind.CLASSMETHOD && first instanceof dev.taipan.runtime.types.PythonClass cls) {
            return cls.getQualname() + "." + f.getName();
        }
        // a builtin type's constructor reports under the type's name: "map() takes no ..."
        return isConstructor(f) ? f.getOwner().getName() : f.getQualname();
    }

    /** CPython's argument parser: "'x' is an invalid keyword argument for split()". */
    private static RuntimeException invalidKeyword(PBuiltinFunction f, String name) {
        return PythonErrors.typeError("'%s' is an invalid keyword argument for %s()", name, parserName(f));
    }

    /** The name CPython's argument parser gives a builtin: the function's own name, a type's for its constructor. */
    private static String parserName(PBuiltinFunction f) {
        return isConstructor(f) ? f.getOwner().getName() : f.getName();
    }

    private static boolean isConstructor(PBuiltinFunction f) {
        return (f.getName().equals("__new__") || f.getName().equals("__init__")) && f.getOwner() != null;
    }

    private static int indexOf(Signature sig, String name) {
        String[] names = sig.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException missing(Object callee, Signature sig, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PythonErrors.typeError("%s() missing %d required %s argument%s: %s", displayName(callee, sig), n, kind, n == 1 ? "" : "s", sb.toString());
    }

    private static RuntimeException tooManyPositional(Object callee, Signature sig, Object[] defaults, int given, String[] kwnames) {
        int ndefaults = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndefaults > 0 && ndefaults <= sig.positional && sig.positional - ndefaults != sig.positional) {
            takes = "from " + (sig.positional - ndefaults) + " to " + sig.positional + " positional arguments";
        } else {
            takes = sig.positional + " positional argument" + (sig.positional == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                int idx = indexOf(sig, k);
                if (idx >= sig.positional) {
                    kwonlyGiven++;
                }
            }
        }
        String given1 = given + (given == 1 ? " was" : " were");
        if (kwonlyGiven > 0) {
            return PythonErrors.typeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", displayName(callee, sig), takes, given, given == 1 ? "" : "s",
                            kwonlyGiven, kwonlyGiven == 1 ? "" : "s");
        }
        return PythonErrors.typeError("%s() takes %s but %s given", displayName(callee, sig), takes, given1);
    }

    /** The NO_VALUE marker as a default: a builtin parameter that may be omitted. */
    public static Object[] optionalDefaults(int n) {
        Object[] d = new Object[n];
        java.util.Arrays.fill(d, PNone.NO_VALUE);
        return d;
    }
}
