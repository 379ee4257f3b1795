package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code hash(o)} for a dict lookup: an instance whose class defines {@code __hash__} in Python
 * (an Enum member, a frozen dataclass...) calls it through an inline cache; everything else
 * takes {@link PyObjectHash#executeUncached}.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class HashNode extends Node {
    public abstract long execute(Object o);

    @Specialization(guards = {"o.getExplicitClass() == cachedClass", "hashFunction != null"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static long doPython(PythonObject o,
                    @Cached("o.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached(value = "pythonHash(cachedClass)", neverDefault = false) PFunction hashFunction,
                    @Cached CallNode call) {
        Object r = call.execute(hashFunction, PArguments.fromValues(o), null);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        return PyObjectHash.ofHashResult(r);
    }

    @Specialization(replaces = "doPython")
    static long doGeneric(Object o) {
        return PyObjectHash.executeUncached(o);
    }

    @TruffleBoundary
    static PFunction pythonHash(PythonClass cls) {
        return cls != null && cls.isLookupCacheable() && cls.lookup("__hash__") instanceof PFunction f ? f : null;
    }
}
