package dev.taipan.runtime.types;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.NonIdempotent;

/**
 * A cap on how many cache entries a node's class-keyed specializations ever try to create (one
 * budget per node, shared by its specializations): attribute reads, writes and deletes, method
 * calls, class instantiation, {@code super()} calls, indexing, hashing and {@code with}.
 *
 * <p>
 * Those entries are guarded by {@link PythonClass#lookupStable()}, and the DSL drops an entry
 * whose class has changed, so a specialization's limit only counts the classes that are still
 * unchanged. A site that sees one new class after another, each changed right after the site read
 * it (an Enum or a dataclass made per call: the metaclass or decorator reads the new class, then
 * sets its members), would never reach its limit: every new class would deoptimise the compiled
 * code, which would be compiled again and again and never go generic. Once the budget is spent
 * the class-keyed specializations stop matching and the node's generic one takes over.
 */
public final class ClassCacheBudget {
    /**
     * Several times a specialization's limit: steady polymorphic sites never spend it. Attempts are
     * counted, not entries: a specialization whose later guard rejects the plan it just made has
     * spent too (CallMethodNode tries function, builtin, then attribute: at most three per class,
     * twelve for a steady site at its limit of four).
     */
    static final int MAX_ENTRIES = 16;

    /** For uncached nodes, which have no caches to cap. */
    public static final ClassCacheBudget UNLIMITED = new ClassCacheBudget();

    @CompilationFinal private boolean spent;
    private int entries;

    public static ClassCacheBudget create() {
        return new ClassCacheBudget();
    }

    /** The guard of the class-keyed specializations: changes once, when the budget is spent. */
    @NonIdempotent
    public boolean allows() {
        return !spent;
    }

    /** Called by the initializer of each class-keyed cache entry the DSL tries to create. */
    public void spend() {
        if (this != UNLIMITED && ++entries >= MAX_ENTRIES) {
            spent = true;
        }
    }
}
