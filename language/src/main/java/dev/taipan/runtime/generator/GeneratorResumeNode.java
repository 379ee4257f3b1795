package dev.taipan.runtime.generator;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.TaipanLanguage;
import dev.taipan.runtime.ThreadState;
import dev.taipan.runtime.exceptions.PException;

/**
 * Resumes a generator: the yielded value, or a {@link PGenerator.Returned} when its code
 * returned. The code runs through {@link GeneratorCallNode}, an inline cache over the
 * continuation roots of its yields (including the initial suspension before the body), so
 * that a loop driving a generator inlines the generator's body.
 */
@GenerateUncached
@GenerateInline(false)
@ImportStatic(TaipanLanguage.class)
public abstract class GeneratorResumeNode extends Node {
    public abstract Object execute(PGenerator gen, Object value);

    @NeverDefault
    public static GeneratorResumeNode create() {
        return GeneratorResumeNodeGen.create();
    }

    public static GeneratorResumeNode getUncached() {
        return GeneratorResumeNodeGen.getUncached();
    }

    @Specialization
    static Object doResume(PGenerator gen, Object value,
                    @Bind Node node,
                    @Cached GeneratorCallNode call,
                    @Cached(value = "get(node)", allowUncached = true) TaipanLanguage language) {
        ThreadState state = language.threadState(); // no context lookup (see FunctionCallNode)
        // running the body is a Python call: generators recursing through iteration hit the limit
        state.enterCall();
        try {
            Object early = gen.beforeResume(value);
            if (early != null) {
                return early;
            }
            gen.enterHandledState(state);
            Object result;
            try {
                result = call.execute(gen.continuationToResume(), new Object[]{gen.getSuspendedFrame(), value});
            } catch (PException e) {
                throw gen.failed(e);
            } finally {
                gen.exitHandledState(state);
            }
            return gen.afterResume(result);
        } finally {
            state.exitCall();
        }
    }

}
