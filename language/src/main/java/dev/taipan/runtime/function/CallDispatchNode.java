package dev.taipan.runtime.function;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * The second level of a call site, for the function inside a bound method: a separate node
 * class so that {@link CallNode} does not contain itself.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class CallDispatchNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwnames);

    @NeverDefault
    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }

    @Specialization(guards = {"fn.getCode() == cachedCode", "!cachedCode.isResumable()"}, limit = "3")
    static Object doFunctionCached(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") com.oracle.truffle.api.nodes.DirectCallNode call) {
        Object[] frameArgs = CallNode.isSimple(cachedCode, args, kwnames) ? ArgumentBinder.bindSimple(fn, args, args.length)
                        : ArgumentBinder.bind(fn, cachedCode.getSignature(), fn.getDefaults(), fn.getKwDefaults(), args, kwnames);
        return call.call(frameArgs);
    }

    @Specialization(guards = "fn == cachedFn", limit = "3")
    static Object doBuiltinCached(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached("create(cachedFn.getCallTarget())") com.oracle.truffle.api.nodes.DirectCallNode call) {
        return call.call(ArgumentBinder.bind(cachedFn, cachedFn.getSignature(), cachedFn.getDefaults(), null, args, kwnames));
    }

    @Specialization(replaces = {"doFunctionCached", "doBuiltinCached"})
    static Object doGeneric(Object callee, Object[] args, String[] kwnames) {
        return CallDispatch.call(callee, args, kwnames);
    }
}
