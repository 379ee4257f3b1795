package dev.taipan.runtime.generator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * Runs a generator's code from the continuation root of the yield it is suspended at, with a
 * direct call per root so that PE inlines the generator body into the loop that drives it.
 */
@GenerateUncached
@GenerateInline(false)
abstract class GeneratorCallNode extends Node {
    abstract Object execute(RootNode root, Object[] args);

    @Specialization(guards = "root == cachedRoot", limit = "4")
    static Object doDirect(@SuppressWarnings("unused") RootNode root, Object[] args,
                    @Cached("root") @SuppressWarnings("unused") RootNode cachedRoot,
                    @Cached("create(cachedRoot.getCallTarget())") DirectCallNode call) {
        return call.call(args);
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(RootNode root, Object[] args,
                    @Cached IndirectCallNode call) {
        return call.call(root.getCallTarget(), args);
    }
}
