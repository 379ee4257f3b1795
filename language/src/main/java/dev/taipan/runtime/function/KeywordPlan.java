package dev.taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.taipan.runtime.dict.DictStorage;
import dev.taipan.runtime.dict.PDict;
import dev.taipan.runtime.exceptions.PException;
import dev.taipan.runtime.objects.PTuple;

/**
 * Where the arguments of one call shape go: a call site that passes keywords to a builtin always
 * sends the same number of arguments and the same keyword names, so the general binding
 * ({@link ArgumentBinder#bind}) is worked out once and replayed without name lookups or a
 * boundary. The plan is found by binding unique markers and seeing where each one landed;
 * every other slot holds a constant default, and a *args tuple or **kwargs dict is made from the
 * arguments it collected. Shapes that raise have no plan and keep the general path (which
 * raises).
 */
final class KeywordPlan {
    /** For each frame slot from {@link PArguments#USER_START}: the argument index, or -1. */
    @CompilationFinal(dimensions = 1) private final int[] source;
    /** The default a slot takes when {@link #source} is -1. */
    @CompilationFinal(dimensions = 1) private final Object[] constants;
    /** The *args slot (or -1) and the arguments it collects. */
    private final int varargsSlot;
    @CompilationFinal(dimensions = 1) private final int[] varargs;
    /** The **kwargs slot (or -1), and the names and arguments of the keywords it collects. */
    private final int varkwSlot;
    @CompilationFinal(dimensions = 1) private final String[] varkwNames;
    @CompilationFinal(dimensions = 1) private final int[] varkw;

    private KeywordPlan(int[] source, Object[] constants, int varargsSlot, int[] varargs, int varkwSlot, String[] varkwNames, int[] varkw) {
        this.source = source;
        this.constants = constants;
        this.varargsSlot = varargsSlot;
        this.varargs = varargs;
        this.varkwSlot = varkwSlot;
        this.varkwNames = varkwNames;
        this.varkw = varkw;
    }

    /** The plan for calling {@code fn} with {@code nargs} arguments (in the PArguments layout) named by kwnames, or null. */
    @TruffleBoundary
    static KeywordPlan create(PBuiltinFunction fn, int nargs, String[] kwnames) {
        Object[] markers = new Object[nargs];
        for (int i = PArguments.USER_START; i < nargs; i++) {
            markers[i] = new Object();
        }
        Object[] bound;
        try {
            bound = ArgumentBinder.bind(fn, fn.getSignature(), fn.getDefaults(), fn.getKwDefaults(), markers.clone(), PArguments.USER_START, kwnames);
        } catch (PException e) {
            return null;
        }
        Signature sig = fn.getSignature();
        int varargsIndex = sig.hasVarargs() ? sig.positional + sig.kwOnly : -1;
        int varkwIndex = sig.hasVarkw() ? sig.positional + sig.kwOnly + (sig.hasVarargs() ? 1 : 0) : -1;
        int n = bound.length - PArguments.USER_START;
        int[] source = new int[n];
        Object[] constants = new Object[n];
        int varargsSlot = -1;
        int[] varargs = new int[0];
        int varkwSlot = -1;
        String[] varkwNames = new String[0];
        int[] varkw = new int[0];
        for (int slot = 0; slot < n; slot++) {
            Object v = bound[PArguments.USER_START + slot];
            source[slot] = markerIndex(markers, v);
            if (source[slot] >= 0) {
                continue;
            }
            if (slot == varargsIndex && v instanceof PTuple t && t.getExplicitClass() == null) {
                // *args: a new tuple of these arguments each call
                varargsSlot = slot;
                varargs = indices(markers, t.items());
            } else if (slot == varkwIndex && v instanceof PDict d && d.getExplicitClass() == null) {
                // **kwargs: a new dict of these keywords each call
                varkwSlot = slot;
                DictStorage st = d.storage();
                varkwNames = new String[d.size()];
                Object[] values = new Object[d.size()];
                int k = 0;
                for (int i = st.next(-1); i >= 0; i = st.next(i)) {
                    varkwNames[k] = (String) st.keyAt(i);
                    values[k++] = st.valueAt(i);
                }
                varkw = indices(markers, values);
            } else if (v instanceof PTuple || v instanceof PDict) {
                return null;
            } else {
                constants[slot] = v;
            }
            if (varargs == null || varkw == null) {
                return null;
            }
        }
        return new KeywordPlan(source, constants, varargsSlot, varargs, varkwSlot, varkwNames, varkw);
    }

    private static int markerIndex(Object[] markers, Object v) {
        for (int i = PArguments.USER_START; i < markers.length; i++) {
            if (markers[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** The argument indices of values that must all be markers; null if one is not. */
    private static int[] indices(Object[] markers, Object[] values) {
        int[] r = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = markerIndex(markers, values[i]);
            if (r[i] < 0) {
                return null;
            }
        }
        return r;
    }

    @ExplodeLoop
    Object[] apply(PBuiltinFunction fn, Object[] args) {
        Object[] frameArgs = new Object[PArguments.USER_START + source.length];
        frameArgs[PArguments.CALLEE] = fn;
        for (int slot = 0; slot < source.length; slot++) {
            int from = source[slot];
            frameArgs[PArguments.USER_START + slot] = from >= 0 ? args[from] : constants[slot];
        }
        if (varargsSlot >= 0) {
            Object[] items = new Object[varargs.length];
            for (int i = 0; i < varargs.length; i++) {
                items[i] = args[varargs[i]];
            }
            frameArgs[PArguments.USER_START + varargsSlot] = PTuple.of(items);
        }
        if (varkwSlot >= 0) {
            frameArgs[PArguments.USER_START + varkwSlot] = keywords(args);
        }
        return frameArgs;
    }

    @TruffleBoundary
    private PDict keywords(Object[] args) {
        PDict d = new PDict();
        for (int i = 0; i < varkw.length; i++) {
            d.setString(varkwNames[i], args[varkw[i]]);
        }
        return d;
    }
}
