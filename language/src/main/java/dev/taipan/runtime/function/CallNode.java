package dev.taipan.runtime.function;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.generator.Generators;

/**
 * A call site: calls any callable with vectorcall-style arguments (positional values followed
 * by the values of the keywords named in {@code kwnames}, which may be null). Calls of Python
 * functions and builtins go through a {@link DirectCallNode} keyed on the code object /
 * builtin, so hot calls inline; everything else falls back to {@link CallDispatch}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class CallNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwnames);

    @NeverDefault
    public static CallNode create() {
        return CallNodeGen.create();
    }

    public static CallNode getUncached() {
        return CallNodeGen.getUncached();
    }

    static boolean isSimple(PCode code, Object[] args, String[] kwnames) {
        return kwnames == null && code.getSignature().isSimplePositional(args.length);
    }

    static RootCallTarget targetOf(PCode code) {
        return code.getCallTarget();
    }

    @Specialization(guards = {"fn.getCode() == cachedCode", "args.length == argc", "isSimple(cachedCode, args, kwnames)", "!cachedCode.isResumable()"}, limit = "3")
    static Object doFunctionSimple(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached("args.length") int argc,
                    @Cached("create(targetOf(cachedCode))") DirectCallNode call) {
        return call.call(ArgumentBinder.bindExact(fn, args, argc));
    }

    @Specialization(guards = {"fn.getCode() == cachedCode", "!cachedCode.isResumable()"}, limit = "3", replaces = "doFunctionSimple")
    static Object doFunctionCached(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached("create(targetOf(cachedCode))") DirectCallNode call) {
        Object[] frameArgs = isSimple(cachedCode, args, kwnames) ? ArgumentBinder.bindSimple(fn, args, args.length)
                        : ArgumentBinder.bind(fn, cachedCode.getSignature(), fn.getDefaults(), fn.getKwDefaults(), args, kwnames);
        return call.call(frameArgs);
    }

    @Specialization(replaces = "doFunctionCached")
    static Object doFunction(PFunction fn, Object[] args, String[] kwnames,
                    @Cached IndirectCallNode call) {
        PCode code = fn.getCode();
        Object[] frameArgs = isSimple(code, args, kwnames) ? ArgumentBinder.bindSimple(fn, args, args.length)
                        : ArgumentBinder.bind(fn, code.getSignature(), fn.getDefaults(), fn.getKwDefaults(), args, kwnames);
        if (code.isResumable()) {
            return Generators.create(fn, code, frameArgs);
        }
        return call.call(code.getCallTarget(), frameArgs);
    }

    @Specialization(guards = "fn == cachedFn", limit = "3")
    static Object doBuiltinCached(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn") PBuiltinFunction cachedFn,
                    @Cached("create(cachedFn.getCallTarget())") DirectCallNode call) {
        return call.call(ArgumentBinder.bind(cachedFn, cachedFn.getSignature(), cachedFn.getDefaults(), null, args, kwnames));
    }

    @Specialization(replaces = "doBuiltinCached")
    static Object doBuiltin(PBuiltinFunction fn, Object[] args, String[] kwnames,
                    @Cached IndirectCallNode call) {
        return call.call(fn.getCallTarget(), ArgumentBinder.bind(fn, fn.getSignature(), fn.getDefaults(), null, args, kwnames));
    }

    @Specialization
    static Object doMethod(PMethod m, Object[] args, String[] kwnames,
                    @Cached CallDispatchNode inner) {
        return inner.execute(m.getFunction(), CallDispatch.prepend(m.getSelf(), args), kwnames);
    }

    @Specialization
    static Object doBuiltinMethod(PBuiltinMethod m, Object[] args, String[] kwnames,
                    @Cached CallDispatchNode inner) {
        return inner.execute(m.getFunction(), CallDispatch.prepend(m.getSelf(), args), kwnames);
    }

    @Specialization(guards = {"!isPFunction(callee)", "!isPBuiltinFunction(callee)", "!isPMethod(callee)", "!isPBuiltinMethod(callee)"})
    static Object doGeneric(Object callee, Object[] args, String[] kwnames) {
        return CallDispatch.call(callee, args, kwnames);
    }

    static boolean isPFunction(Object o) {
        return o instanceof PFunction;
    }

    static boolean isPBuiltinFunction(Object o) {
        return o instanceof PBuiltinFunction;
    }

    static boolean isPMethod(Object o) {
        return o instanceof PMethod;
    }

    static boolean isPBuiltinMethod(Object o) {
        return o instanceof PBuiltinMethod;
    }
}
