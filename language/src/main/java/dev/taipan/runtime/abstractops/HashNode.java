package dev.taipan.runtime.abstractops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.function.CallNode;
import dev.taipan.runtime.function.PArguments;
import dev.taipan.runtime.function.PFunction;
import dev.taipan.runtime.objects.PythonObject;
import dev.taipan.runtime.types.ClassCacheBudget;
import dev.taipan.runtime.types.PythonClass;

/**
 * {@code hash(o)} for a dict or set lookup: an instance whose class defines {@code __hash__} in
 * Python (an Enum member, a frozen dataclass...) calls it through an inline cache; str and int
 * keys hash inline; everything else takes {@link PyObjectHash#executeUncached}. Keys of other
 * kinds going through the same node (a builtin method shared by every caller sees them all) do
 * not push the Python classes out of the cache.
 */
@GenerateUncached
@GenerateInline(false)
public abstract class HashNode extends Node {
    public abstract long execute(Object o);

    @Specialization
    static long doString(String s) {
        return PyObjectHash.hashString(s);
    }

    @Specialization
    static long doLong(long v) {
        return PyObjectHash.hashLong(v);
    }

    /** Instances of builtin types (tuples, frozensets, bytes...): hashed in Java. */
    @Specialization(guards = "o.getExplicitClass() == null")
    static long doBuiltinObject(PythonObject o) {
        return PyObjectHash.executeUncached(o);
    }

    /** An instance of one of up to three Python classes: its {@code __hash__} function called directly. */
    @Specialization(guards = {"o.getExplicitClass() == cachedClass", "budget.allows()"}, assumptions = "cachedClass.lookupStable()", limit = "3")
    static long doPython(PythonObject o,
                    @Shared("budget") @Cached(uncached = "UNLIMITED") ClassCacheBudget budget,
                    @Cached("o.getExplicitClass()") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached(value = "pythonHash(budget, cachedClass)", neverDefault = false) PFunction hashFunction,
                    @Cached CallNode call) {
        if (hashFunction == null) {
            // object.__hash__, a builtin base's, or a class too dynamic to cache
            return PyObjectHash.executeUncached(o);
        }
        Object r = call.execute(hashFunction, PArguments.fromValues(o), null);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        return PyObjectHash.ofHashResult(r);
    }

    @Specialization(guards = "o.getExplicitClass() != null", replaces = "doPython")
    static long doPythonGeneric(PythonObject o) {
        return PyObjectHash.executeUncached(o);
    }

    /** floats, bools, big ints and other Java values: keys of another kind do not disturb the cache above. */
    @Fallback
    static long doOther(Object o) {
        return PyObjectHash.executeUncached(o);
    }

    @TruffleBoundary
    static PFunction pythonHash(ClassCacheBudget budget, PythonClass cls) {
        budget.spend();
        return cls != null && cls.isLookupCacheable() && cls.lookup("__hash__") instanceof PFunction f ? f : null;
    }
}
