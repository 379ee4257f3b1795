package dev.taipan.runtime.generator;

import com.oracle.truffle.api.nodes.Node;

import dev.taipan.runtime.ThreadState;

/**
 * An int a generator yields travels unboxed: the yield puts the value in its thread's
 * {@link ThreadState} and yields {@link #MARKER} instead (the UnboxedYield operation); whoever
 * resumed the generator takes the value from there. A yielded box would not survive compiled
 * code: the continuation's yield and return paths meet in one result, and escape analysis must
 * allocate an object that reaches such a merge. Constants merge for free, so a loop driving a
 * generator ({@code for}, {@code sum}) gets its ints without an allocation per step.
 * <p>
 * The value is taken right after the resume returns, before any Python code can run again on
 * the thread; the marker never reaches Python code: resumers that do not take ints unboxed
 * get the box from {@link #boxed}.
 */
public final class YieldedInt {
    /** What the yield gives its resumer in place of the int. */
    public static final Object MARKER = new YieldedInt();

    private YieldedInt() {
    }

    /** {@code yielded} as a Python value: the int behind the marker, boxed ({@code node}: see ThreadState.get). */
    public static Object boxed(Object yielded, Node node) {
        return yielded == MARKER ? (Object) ThreadState.get(node).getYieldedInt() : yielded;
    }

    @Override
    public String toString() {
        return "<yielded int>";
    }
}
