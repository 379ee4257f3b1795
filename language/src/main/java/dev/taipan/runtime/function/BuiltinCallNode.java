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

    @Specialization(guards = "fn == cachedFn", limit = "3")
    static Object doCached(@SuppressWarnings("unused") PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached("create(cachedFn.getCallTarget())") DirectCallNode call) {
        return call.call(bind(cachedFn, args, kwnames));
    }

    @Specialization(replaces = "doCached")
    static Object doIndirect(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached IndirectCallNode call) {
        return call.call(fn.getCallTarget(), bind(fn, args, kwnames));
    }

    private static Object[] bind(PBuiltinFunction fn, Object[] args, String[] kwnames) {
        return ArgumentBinder.bindInPlace(fn, fn.getSignature(), fn.getDefaults(), null, args, kwnames);
    }
}
