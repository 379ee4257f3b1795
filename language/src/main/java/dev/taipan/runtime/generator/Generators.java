package dev.taipan.runtime.generator;

import dev.taipan.runtime.function.PCode;
import dev.taipan.runtime.function.PFunction;

/**
 * Creating the object a generator/coroutine function returns when called. The caller then runs
 * the code with the same frame arguments, which stops at the initial suspension, and hands the
 * result to {@link PGenerator#suspendedAtStart}.
 */
public final class Generators {
    private Generators() {
    }

    public static PGenerator create(PFunction function, PCode code, Object[] frameArgs) {
        PGenerator.Kind kind;
        if (code.isAsyncGenerator()) {
            kind = PGenerator.Kind.ASYNC_GENERATOR;
        } else if (code.isCoroutine()) {
            kind = PGenerator.Kind.COROUTINE;
        } else {
            kind = PGenerator.Kind.GENERATOR;
        }
        return new PGenerator(kind, function, code, frameArgs);
    }
}
