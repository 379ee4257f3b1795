package dev.taipan.runtime.function;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/** Calls a builtin with arguments in the call layout of {@link PArguments}, directly per builtin. */
@GenerateUncached
@GenerateInline(false)
public abstract class BuiltinCallNode extends Node {
    public abstract Object execute(PBuiltinFunction fn, Object[] args, String[] kwnames);

    @NeverDefault
    public static BuiltinCallNode create() {
        return BuiltinCallNodeGen.create();
    }

    /** Keywords from a call site: the binding worked out once (see KeywordPlan). */
    @Specialization(guards = {"fn == cachedFn", "kwnames == cachedKwnames", "args.length == cachedLength", "plan != null"}, limit = "3")
    static Object doKeywords(@SuppressWarnings("unused") PBuiltinFunction fn, Object[] args, @SuppressWarnings("unused") String[] kwnames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached(value = "kwnames", dimensions = 1) @SuppressWarnings("unused") String[] cachedKwnames,
                    @Cached("args.length") @SuppressWarnings("unused") int cachedLength,
                    @Cached(value = "plan(cachedFn, cachedLength, cachedKwnames)", neverDefault = false) KeywordPlan plan,
                    @Cached("create(cachedFn.getCallTarget())") DirectCallNode call) {
        return call.call(plan.apply(cachedFn, args));
    }

    static KeywordPlan plan(PBuiltinFunction fn, int nargs, String[] kwnames) {
        return kwnames == null ? null : KeywordPlan.create(fn, nargs, kwnames);
    }

    @Specialization(guards = "fn == cachedFn", limit = "3")
    static Object doCached(@SuppressWarnings("unused") PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached("create(cachedFn.getCallTarget())") DirectCallNode call) {
        return call.call(bind(cachedFn, args, kwnames));
    }

    @Specialization(replaces = {"doKeywords", "doCached"})
    static Object doIndirect(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached IndirectCallNode call) {
        return call.call(fn.getCallTarget(), bind(fn, args, kwnames));
    }

    private static Object[] bind(PBuiltinFunction fn, Object[] args, String[] kwnames) {
        return ArgumentBinder.bindInPlace(fn, fn.getSignature(), fn.getDefaults(), null, args, kwnames);
    }
}
