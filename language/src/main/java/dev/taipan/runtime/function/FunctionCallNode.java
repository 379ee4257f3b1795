package dev.taipan.runtime.function;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import dev.taipan.TaipanLanguage;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.generator.Generators;

/**
 * Calls a Python function with arguments in the call layout of {@link PArguments}: a
 * {@link DirectCallNode} per code object (closures of one {@code def} share it), so hot calls
 * inline; a generator function returns its generator, having run just the prologue.
 */
@GenerateUncached
@GenerateInline(false)
@ImportStatic(TaipanLanguage.class)
public abstract class FunctionCallNode extends Node {
    public abstract Object execute(PFunction fn, Object[] args, String[] kwnames);

    @NeverDefault
    public static FunctionCallNode create() {
        return FunctionCallNodeGen.create();
    }

    @Specialization(guards = {"fn.getCode() == cachedCode", "!cachedCode.isResumable()"}, limit = "3")
    static Object doCached(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call,
                    @Bind Node node,
                    @Cached(value = "get(node)", allowUncached = true) TaipanLanguage language) {
        Object[] frameArgs = bind(fn, cachedCode, args, kwnames);
        // through the language (constant per AST): in the interpreter a context lookup first
        // cost about a tenth of a call
        ThreadState ts = language.threadState();
        ts.enterCall();
        try {
            return call.call(frameArgs);
        } finally {
            ts.exitCall();
        }
    }

    @Specialization(guards = {"fn.getCode() == cachedCode", "cachedCode.isResumable()"}, limit = "3")
    static Object doGenerator(PFunction fn, Object[] args, String[] kwnames,
                    @Cached("fn.getCode()") PCode cachedCode,
                    @Cached(value = "cachedCode.getRootNode()", adopt = false) RootNode root) {
        return Generators.start(fn, cachedCode, root, bind(fn, cachedCode, args, kwnames));
    }

    @Specialization(replaces = {"doCached", "doGenerator"})
    static Object doIndirect(PFunction fn, Object[] args, String[] kwnames,
                    @Cached IndirectCallNode call) {
        PCode code = fn.getCode();
        Object[] frameArgs = bind(fn, code, args, kwnames);
        if (code.isResumable()) {
            return Generators.startUncached(fn, code, frameArgs);
        }
        ThreadState ts = ThreadState.get(call);
        ts.enterCall();
        try {
            return call.call(code.getCallTarget(), frameArgs);
        } finally {
            ts.exitCall();
        }
    }

    private static Object[] bind(PFunction fn, PCode code, Object[] args, String[] kwnames) {
        return ArgumentBinder.bindInPlace(fn, code.getSignature(), fn.getDefaults(), fn.getKwDefaults(), args, kwnames);
    }
}
